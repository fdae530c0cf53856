import { isMessageKey, type MessageKey } from '../../../shared/i18n';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { T } from '../i18n';

const FIELD_LABELS: Record<string, MessageKey> = {
  level: 'form.level',
  fundingSource: 'form.funding',
  frequency: 'form.frequency',
  activeFrom: 'form.activeFrom',
  activeTo: 'form.activeTo',
  desil: 'programs.col.desil',
  quotas: 'form.quotas',
  'benefit.kind': 'form.benefitKind',
  'benefit.unit': 'form.unit',
  'benefit.perPerson': 'form.perPerson',
  'benefit.amounts': 'form.amounts',
  'benefit.note': 'form.inKindNote',
  'benefit.maxComponents': 'form.maxComponents',
};

/** A readable name for a field of `changesFromParent` (`component.SD` → `Komponen SD`). */
export function changeLabel(t: T, field: string): string {
  if (field.startsWith('component.')) return `${t('form.componentName')} ${field.slice('component.'.length)}`;
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

export function desilText(p: Pick<ProgramSummary, 'desilMin' | 'desilMax'>): string {
  return p.desilMin === null ? '—' : `${p.desilMin}–${p.desilMax}`;
}

const VALUE_KEYS: Record<string, string> = {
  level: 'level',
  fundingSource: 'funding',
  frequency: 'frequency',
  'benefit.kind': 'benefit',
  'benefit.unit': 'unit',
};

/** Codes inside a change (`kabkota`, `APBD_KABKOTA`) shown in words; other values as they are. */
export function changeValue(t: T, field: string, value: string): string {
  const prefix = VALUE_KEYS[field];
  if (prefix) {
    const key = `${prefix}.${value}`;
    if (isMessageKey(key)) return t(key);
  }
  if (field === 'benefit.perPerson') return t(value === 'true' ? 'common.yes' : 'common.no');
  return value;
}
