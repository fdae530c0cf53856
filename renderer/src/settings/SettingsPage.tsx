import { useEffect, useState } from 'react';
import { LOCALES, officeProfileSchema, type OfficeProfile } from '../../../shared/domain/office';
import type { OfficeSettings } from '../../../shared/ipc/settings';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { Field, type FieldErrors } from '../shell/Field';
import { checkForm, fieldErrorsOf } from '../validate';
import { AuditPanel } from './AuditPanel';
import { BackupsPanel } from './BackupsPanel';
import { DemoPanel } from './DemoPanel';
import { ProfileFields } from './ProfileFields';
import { RegencyPanel } from './RegencyPanel';

export function SettingsPage() {
  const t = useT();
  const { status, notify, setLocale } = useApp();
  const [settings, setSettings] = useState<OfficeSettings | null>(null);
  const [profile, setProfile] = useState<OfficeProfile | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        setSettings(s);
        setProfile(s.profile);
      },
      (err) => notify('error', errorText(err)),
    );
  }, [notify]);

  const saveProfile = async () => {
    if (!profile) return;
    const checked = checkForm(officeProfileSchema, profile, status?.locale ?? 'id');
    if (!checked.ok) {
      setErrors(checked.errors);
      notify('error', t('form.invalid'));
      return;
    }
    try {
      const saved = await call('settings.saveProfile', { profile: checked.value });
      setSettings(saved);
      setProfile(saved.profile);
      setErrors({});
      notify('success', t('profile.saved'));
    } catch (err) {
      setErrors(fieldErrorsOf(err, 'profile'));
      notify('error', errorText(err));
    }
  };

  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
      <section className="card">
        <h2>{t('profile.title')}</h2>
        {profile ? <ProfileFields value={profile} errors={errors} onChange={setProfile} /> : t('app.loading')}
        <div className="actions">
          <button type="button" className="primary" onClick={() => void saveProfile()}>
            {t('profile.save')}
          </button>
        </div>
      </section>
      {settings ? <RegencyPanel settings={settings} onChanged={setSettings} /> : null}
      <section className="card">
        <h2>{t('settings.language')}</h2>
        <Field id="settings-locale" label={t('settings.language')}>
          <select id="settings-locale" value={status?.locale ?? 'id'} onChange={(e) => void setLocale(e.target.value as (typeof LOCALES)[number])}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </Field>
      </section>
      {settings ? <DemoPanel regencyName={settings.regencyName} /> : null}
      <BackupsPanel />
      <AuditPanel />
      <section className="card">
        <h2>{t('settings.about')}</h2>
        <p>
          {t('app.name')} — {t('app.tagline')}
        </p>
        <p>{t('settings.aboutVersion', { version: status?.version ?? '', schema: status?.schemaVersion ?? 0 })}</p>
        <p className="muted">{t('settings.aboutDb', { path: status?.dbPath ?? '' })}</p>
        <p className="muted">{t('settings.attribution')}</p>
      </section>
    </section>
  );
}
