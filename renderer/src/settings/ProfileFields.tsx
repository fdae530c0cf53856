import type { ChangeEvent } from 'react';
import { EMBLEM_MAX_CHARS, type OfficeProfile } from '../../../shared/domain/office';
import { formatPlaceDate } from '../../../shared/format';
import { todayIso } from '../../../shared/domain/dates';
import { useT } from '../i18n';
import { Field, type FieldErrors } from '../shell/Field';

type TextKey = Exclude<keyof OfficeProfile, 'emblem'>;

const TEXT_FIELDS: { key: TextKey; label: Parameters<ReturnType<typeof useT>>[0]; type?: string; wide?: boolean }[] = [
  { key: 'officeName', label: 'profile.officeName', wide: true },
  { key: 'address', label: 'profile.address', wide: true },
  { key: 'phone', label: 'profile.phone', type: 'tel' },
  { key: 'email', label: 'profile.email', type: 'email' },
  { key: 'headName', label: 'profile.headName' },
  { key: 'headRank', label: 'profile.headRank' },
  { key: 'headNip', label: 'profile.headNip' },
  { key: 'placeName', label: 'profile.placeName' },
];

/** The office profile fields, shared by the setup wizard and Pengaturan. */
export function ProfileFields({ value, errors, onChange }: { value: OfficeProfile; errors: FieldErrors; onChange(next: OfficeProfile): void }) {
  const t = useT();

  const pickEmblem = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      // Main checks too; checking here shows the message at once. 'invalid' keeps the field in error until replaced.
      if (!/^data:image\/(png|jpeg);base64,/.test(url) || url.length > EMBLEM_MAX_CHARS) {
        onChange({ ...value, emblem: 'invalid' });
        return;
      }
      onChange({ ...value, emblem: url });
    };
    reader.readAsDataURL(file);
  };

  return (
    <div className="form-grid">
      {TEXT_FIELDS.map((f) => (
        <div key={f.key} className={f.wide ? 'span-2' : undefined}>
          <Field id={`profile-${f.key}`} label={t(f.label)} error={errors[f.key]}>
            <input
              id={`profile-${f.key}`}
              type={f.type ?? 'text'}
              value={value[f.key]}
              aria-invalid={errors[f.key] ? true : undefined}
              onChange={(e) => onChange({ ...value, [f.key]: e.target.value })}
            />
          </Field>
        </div>
      ))}
      <p className="hint span-2">{t('profile.placeExample', { example: formatPlaceDate(value.placeName || '…', todayIso()) })}</p>
      <div className="span-2">
        <Field id="profile-emblem" label={t('profile.emblem')} error={errors.emblem ?? (value.emblem === 'invalid' ? t('error.IMAGE_INVALID') : undefined)}>
          <div className="emblem-row">
            {value.emblem && value.emblem !== 'invalid' ? (
              <img className="emblem-preview" src={value.emblem} alt={t('profile.emblem')} />
            ) : (
              <span className="muted">{t('profile.emblemNone')}</span>
            )}
            <input id="profile-emblem" type="file" accept="image/png,image/jpeg" onChange={pickEmblem} />
            {value.emblem ? (
              <button type="button" className="link" onClick={() => onChange({ ...value, emblem: null })}>
                {t('profile.emblemRemove')}
              </button>
            ) : null}
          </div>
        </Field>
      </div>
    </div>
  );
}
