import { useEffect, useState } from 'react';
import { HOME_PROVINCE_CODE, provinceOf, type Region } from '../../../shared/domain/regions';
import type { OfficeSettings } from '../../../shared/ipc/settings';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { Field } from '../shell/Field';

export function RegencyPanel({ settings, onChanged }: { settings: OfficeSettings; onChanged(s: OfficeSettings): void }) {
  const t = useT();
  const { notify, load } = useApp();
  const [provinces, setProvinces] = useState<Region[]>([]);
  const [provinceCode, setProvinceCode] = useState(provinceOf(settings.regencyCode) || HOME_PROVINCE_CODE);
  const [regencies, setRegencies] = useState<Region[]>([]);
  const [regencyCode, setRegencyCode] = useState(settings.regencyCode);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    call('regions.provinces', {}).then(setProvinces, (err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(() => {
    call('regions.regencies', { provinceCode }).then(setRegencies, (err) => notify('error', errorText(err)));
  }, [provinceCode, notify]);

  const target = regencies.find((r) => r.code === regencyCode);
  const change = async () => {
    setConfirming(false);
    try {
      const next = await call('settings.changeRegency', { regencyCode });
      onChanged(next);
      await load();
      notify('success', t('settings.regencyChanged', { name: next.regencyName }));
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  return (
    <section className="card">
      <h2>{t('settings.regency')}</h2>
      <p>
        <strong>{settings.regencyName}</strong> ({settings.regencyCode}), {settings.provinceName}
      </p>
      <div className="form-grid">
        <Field id="settings-province" label={t('setup.province')}>
          <select id="settings-province" value={provinceCode} onChange={(e) => { setProvinceCode(e.target.value); setRegencyCode(''); }}>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="settings-regency" label={t('setup.regency')}>
          <select id="settings-regency" value={regencyCode} onChange={(e) => setRegencyCode(e.target.value)}>
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
        <button type="button" disabled={!target || regencyCode === settings.regencyCode} onClick={() => setConfirming(true)}>
          {t('settings.changeRegency')}
        </button>
      </div>
      {confirming && target ? (
        <ConfirmDialog text={t('settings.confirmRegency', { name: target.name })} onCancel={() => setConfirming(false)} onConfirm={() => void change()} />
      ) : null}
    </section>
  );
}
