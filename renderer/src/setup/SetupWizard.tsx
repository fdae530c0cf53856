import { useState } from 'react';
import { defaultProfile, officeProfileSchema, type OfficeProfile } from '../../../shared/domain/office';
import type { Region } from '../../../shared/domain/regions';
import { call } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import type { FieldErrors } from '../shell/Field';
import { RegencyPicker } from '../settings/RegencyPicker';
import { ProfileFields } from '../settings/ProfileFields';
import { useValidatedSave } from '../validate';

/** First start: pick the kabupaten/kota (Jawa Timur first), then the office profile. */
export function SetupWizard() {
  const t = useT();
  const setStatus = useApp((s) => s.setStatus);
  const [step, setStep] = useState<1 | 2>(1);
  const [regency, setRegency] = useState<Region | null>(null);
  const [profile, setProfile] = useState<OfficeProfile | null>(null);
  const [profileFor, setProfileFor] = useState('');
  const [stepErrors, setStepErrors] = useState<FieldErrors>({});

  const next = () => {
    if (!regency) {
      setStepErrors({ regency: t('setup.regencyRequired') });
      return;
    }
    setStepErrors({});
    // Keep what the clerk typed if they go back and keep the same regency.
    if (!profile || profileFor !== regency.code) {
      setProfile(defaultProfile(regency.name));
      setProfileFor(regency.code);
    }
    setStep(2);
  };

  const saver = useValidatedSave({
    schema: officeProfileSchema,
    prefix: 'profile',
    send: (checked) => call('settings.completeSetup', { regencyCode: regency!.code, profile: checked }),
    onSaved: setStatus,
  });
  const saving = saver.saving;
  const errors = { ...stepErrors, ...saver.errors };
  const finish = () => profile && saver.save(profile);

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
          <RegencyPicker idPrefix="setup" value={regency?.code ?? ''} error={errors.regency} onChange={setRegency} />
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
