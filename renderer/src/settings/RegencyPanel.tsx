import { useState } from 'react';
import type { Region } from '../../../shared/domain/regions';
import type { OfficeSettings } from '../../../shared/ipc/settings';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { RegencyPicker } from './RegencyPicker';

export function RegencyPanel({ settings, onChanged }: { settings: OfficeSettings; onChanged(s: OfficeSettings): void }) {
  const t = useT();
  const { notify, load } = useApp();
  const [target, setTarget] = useState<Region | null>({ code: settings.regencyCode, name: settings.regencyName });
  const [confirming, setConfirming] = useState(false);

  const change = async () => {
    setConfirming(false);
    if (!target) return;
    try {
      const next = await call('settings.changeRegency', { regencyCode: target.code });
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
      <RegencyPicker idPrefix="settings" value={target?.code ?? ''} onChange={setTarget} />
      <div className="actions">
        <button type="button" disabled={!target || target.code === settings.regencyCode} onClick={() => setConfirming(true)}>
          {t('settings.changeRegency')}
        </button>
      </div>
      {confirming && target ? (
        <ConfirmDialog text={t('settings.confirmRegency', { name: target.name })} onCancel={() => setConfirming(false)} onConfirm={() => void change()} />
      ) : null}
    </section>
  );
}
