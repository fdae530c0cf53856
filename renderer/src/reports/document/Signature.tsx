import type { OfficeProfile } from '../../../../shared/domain/office';
import { formatPlaceDate } from '../../../../shared/format';
import { formatNip } from '../../../../shared/validators/nip';
import type { DocT } from './text';

/** Place and date, the head of office's title, space to sign, name underlined, rank, NIP. */
export function Signature({ profile, signedOn, t }: { profile: OfficeProfile; signedOn: string; t: DocT }) {
  return (
    <section className="qr-signature">
      <div>{formatPlaceDate(profile.placeName, signedOn)}</div>
      <div className="qr-sign-title">{t('reportDoc.signature.title', { office: profile.officeName.toUpperCase() })}</div>
      <div className="qr-sign-space" />
      <div className="qr-sign-name">{profile.headName || '\u00a0'.repeat(40)}</div>
      {profile.headRank && <div>{profile.headRank}</div>}
      {profile.headNip && <div>{t('reportDoc.signature.nip', { nip: formatNip(profile.headNip) })}</div>}
    </section>
  );
}
