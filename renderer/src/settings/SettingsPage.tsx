import { useEffect, useState } from 'react';
import { LOCALES, officeProfileSchema, type OfficeProfile } from '../../../shared/domain/office';
import type { OfficeSettings } from '../../../shared/ipc/settings';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { Field } from '../shell/Field';
import { useValidatedSave } from '../validate';
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

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        setSettings(s);
        setProfile(s.profile);
      },
      (err) => notify('error', errorText(err)),
    );
  }, [notify]);

  const saver = useValidatedSave({
    schema: officeProfileSchema,
    prefix: 'profile',
    send: (profile) => call('settings.saveProfile', { profile }),
    onSaved: (saved) => {
      setSettings(saved);
      setProfile(saved.profile);
      notify('success', t('profile.saved'));
    },
  });
  const errors = saver.errors;
  const saveProfile = () => profile && saver.save(profile);

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
