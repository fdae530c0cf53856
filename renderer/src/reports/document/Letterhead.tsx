import type { OfficeProfile } from '../../../../shared/domain/office';
import type { DocT } from './text';

/** Kop surat: emblem, the regency's government, the office, its address and contact, a double rule. */
export function Letterhead({ profile, regencyName, t }: { profile: OfficeProfile; regencyName: string; t: DocT }) {
  const contact = [profile.phone && t('reportDoc.phone', { phone: profile.phone }), profile.email && t('reportDoc.email', { email: profile.email })]
    .filter(Boolean)
    .join(' · ');
  return (
    <header className="qr-kop">
      {profile.emblem ? <img className="qr-emblem" src={profile.emblem} alt={t('reportDoc.emblemAlt')} /> : <span className="qr-emblem" />}
      <div className="qr-kop-text">
        <div className="qr-kop-gov">{t('reportDoc.government', { regency: regencyName.toUpperCase() })}</div>
        <div className="qr-kop-office">{profile.officeName.toUpperCase()}</div>
        {profile.address && <div className="qr-kop-line">{profile.address}</div>}
        {contact && <div className="qr-kop-line">{contact}</div>}
      </div>
      <span className="qr-emblem-balance" />
    </header>
  );
}
