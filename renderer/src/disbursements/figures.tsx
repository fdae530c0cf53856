import type { KpmAmount, RealisationSource } from '../../../shared/domain/disbursements';
import { formatNumber, formatRupiah } from '../../../shared/format';
import type { T } from '../i18n';

/** `87,5%`, or a dash when nothing was allocated (no percentage to speak of). */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)}%`;
}

/** KPM over Rupiah in one cell, as the report tables print them. */
export function KpmCell({ value }: { value: KpmAmount }) {
  return (
    <>
      <span className="pny-kpm">{formatNumber(value.kpm)}</span>
      <span className="pny-rp">{formatRupiah(value.amount)}</span>
    </>
  );
}

export function sourceLabel(t: T, source: RealisationSource): string {
  return t(`penyaluran.source.${source}`);
}

export function SourceBadge({ t, source }: { t: T; source: RealisationSource }) {
  const kind = source === 'lines' ? 'ok' : source === 'manual' ? 'warn' : '';
  return <span className={`badge ${kind}`}>{sourceLabel(t, source)}</span>;
}
