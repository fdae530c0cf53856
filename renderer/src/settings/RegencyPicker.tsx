import { useEffect, useState } from 'react';
import { HOME_PROVINCE_CODE, provinceOf, type Region } from '../../../shared/domain/regions';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { SelectField } from '../shell/SelectField';

/** Province then kabupaten/kota, from the Kemendagri list (Jawa Timur first). */
export function RegencyPicker({ idPrefix, value, error, onChange }: { idPrefix: string; value: string; error?: string | undefined; onChange(regency: Region | null): void }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [provinces, setProvinces] = useState<Region[]>([]);
  const [provinceCode, setProvinceCode] = useState(value ? provinceOf(value) : HOME_PROVINCE_CODE);
  const [regencies, setRegencies] = useState<Region[]>([]);

  useEffect(() => {
    call('regions.provinces', {}).then(setProvinces, (err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(() => {
    setRegencies([]);
    call('regions.regencies', { provinceCode }).then(setRegencies, (err) => notify('error', errorText(err)));
  }, [provinceCode, notify]);

  return (
    <div className="form-grid">
      <SelectField
        id={`${idPrefix}-province`}
        label={t('setup.province')}
        value={provinceCode}
        options={provinces.map((p) => ({ value: p.code, label: p.name }))}
        onChange={(code) => {
          if (!code) return;
          setProvinceCode(code);
          onChange(null);
        }}
      />
      <SelectField
        id={`${idPrefix}-regency`}
        label={t('setup.regency')}
        value={regencies.some((r) => r.code === value) ? value : null}
        emptyLabel={t('setup.choose')}
        error={error}
        options={regencies.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
        onChange={(code) => onChange(regencies.find((r) => r.code === code) ?? null)}
      />
    </div>
  );
}
