export { wordFor } from '../i18n';
import type { ComponentCounts } from '../../../shared/domain/register';
import type { StatusInfo } from '../../../shared/ipc/beneficiaries';

/** The label the status lookup table gives a code (the office may have added its own). */
export function statusLabel(statuses: readonly StatusInfo[], code: string): string {
  return statuses.find((s) => s.code === code)?.label ?? code;
}

/**
 * A status as a badge: green while it counts as active, red for an exit, grey otherwise. With
 * `text` (a program code) the badge shows that and names the status on hover.
 */
export function StatusBadge({ statuses, code, text }: { statuses: readonly StatusInfo[]; code: string; text?: string }) {
  const info = statuses.find((s) => s.code === code);
  const kind = info?.countsAsActive ? 'badge ok' : info?.exitKind ? 'badge exit' : 'badge';
  const label = info?.label ?? code;
  return text === undefined ? (
    <span className={kind}>{label}</span>
  ) : (
    <span className={kind} title={`${text}: ${label}`}>
      {text}
    </span>
  );
}

/** `AUD 1, SD 2`: the components a period counted. */
export function componentsText(components: ComponentCounts | null): string {
  if (!components) return '';
  return Object.entries(components)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
}

