import { useEffect, useState } from 'react';
import { officeProfileSchema, type OfficeProfile } from '../../../shared/domain/office';
import { HOME_PROVINCE_CODE, regencyPlaceName, type Region } from '../../../shared/domain/regions';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { Field, type FieldErrors } from '../shell/Field';
import { ProfileFields } from '../settings/ProfileFields';
import { checkForm, fieldErrorsOf } from '../validate';

function emptyProfile(regencyName: string): OfficeProfile {
  return {
    officeName: `Dinas Sosial ${regencyName}`,
    address: '',
    phone: '',
    email: '',
    emblem: null,
    headName: '',
    headRank: '',
    headNip: '',
    placeName: regencyPlaceName(regencyName),
  };
}

/** First start: pick the kabupaten/kota (Jawa Timur first), then the office profile. */
export function SetupWizard() {
  const t = useT();
  const { setStatus, notify, status } = useApp();
  const [step, setStep] = useState<1 | 2>(1);
  const [provinces, setProvinces] = useState<Region[]>([]);
  const [provinceCode, setProvinceCode] = useState(HOME_PROVINCE_CODE);
  const [regencies, setRegencies] = useState<Region[]>([]);
  const [regencyCode, setRegencyCode] = useState('');
  const [profile, setProfile] = useState<OfficeProfile | null>(null);
  const [profileFor, setProfileFor] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    call('regions.provinces', {}).then(setProvinces, (err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(() => {
    setRegencies([]);
    call('regions.regencies', { provinceCode }).then(setRegencies, (err) => notify('error', errorText(err)));
  }, [provinceCode, notify]);

  const regency = regencies.find((r) => r.code === regencyCode);

  const next = () => {
    if (!regency) {
      setErrors({ regency: t('setup.regencyRequired') });
      return;
    }
    setErrors({});
    // Keep what the clerk typed if they go back and keep the same regency.
    if (!profile || profileFor !== regency.code) {
      setProfile(emptyProfile(regency.name));
      setProfileFor(regency.code);
    }
    setStep(2);
  };

  const finish = async () => {
    if (!profile) return;
    const checked = checkForm(officeProfileSchema, profile, status?.locale ?? 'id');
    if (!checked.ok) {
      setErrors(checked.errors);
      notify('error', t('form.invalid'));
      return;
    }
    setSaving(true);
    try {
      setStatus(await call('settings.completeSetup', { regencyCode, profile: checked.value }));
    } catch (err) {
      setErrors(fieldErrorsOf(err, 'profile'));
      notify('error', errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="wizard">
      <header>
        <h1>{t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
        <ol className="steps">
          <li className={step === 1 ? 'current' : 'done'}>{t('setup.step1')}</li>
          <li className={step === 2 ? 'current' : ''}>{t('setup.step2')}</li>
        </ol>
      </header>
      {step === 1 ? (
        <section className="card">
          <h2>{t('setup.step1')}</h2>
          <div className="form-grid">
            <Field id="setup-province" label={t('setup.province')}>
              <select id="setup-province" value={provinceCode} onChange={(e) => { setProvinceCode(e.target.value); setRegencyCode(''); }}>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="setup-regency" label={t('setup.regency')} error={errors.regency}>
              <select id="setup-regency" value={regencyCode} onChange={(e) => setRegencyCode(e.target.value)}>
                <option value="">{t('setup.choose')}</option>
                {regencies.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name} ({r.code})
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={next}>
              {t('setup.next')}
            </button>
          </div>
        </section>
      ) : (
        <section className="card">
          <h2>
            {t('setup.step2')} — {regency?.name}
          </h2>
          {profile ? <ProfileFields value={profile} errors={errors} onChange={setProfile} /> : null}
          <div className="actions">
            <button type="button" onClick={() => setStep(1)} disabled={saving}>
              {t('setup.back')}
            </button>
            <button type="button" className="primary" onClick={finish} disabled={saving}>
              {saving ? t('setup.saving') : t('setup.finish')}
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
