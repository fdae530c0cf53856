/** Number, money and date formats in `id-ID`: the one place every screen, export and report uses. */

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `1250000` → `Rp1.250.000` (no space, as Indonesian office documents print it). */
export function formatRupiah(value: number): string {
  const rounded = Math.round(value);
  // Signed after rounding: -0.4 is Rp0, not -Rp0.
  const sign = rounded < 0 ? '-' : '';
  return `${sign}Rp${integerFormat.format(Math.abs(rounded))}`;
}

/** `10.2` → `10,20 %` (BPS prints rates with two decimals; the report's shares with one). */
export function formatPercent(value: number, decimals = 2): string {
  return `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)} %`;
}

/** A change with its sign: `+0,89`, `-1,3`, `+363.100`. */
export function formatSigned(value: number, decimals = 2): string {
  const text = new Intl.NumberFormat('id-ID', { maximumFractionDigits: decimals }).format(Math.abs(value));
  return `${value < 0 ? '-' : value > 0 ? '+' : '±'}${text}`;
}

/** `2024-09-30` → `30 September 2024`. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 2024-02-30 over to 1 March; a document must not print a date nobody entered.
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return iso;
  return longDate.format(date);
}

/** A timestamp in local time: `30 September 2024 14.05`. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return `${date} ${time}`;
}

/** `Sidoarjo, 30 September 2024`: the place and date line above a signature. */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatDate(iso)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
}
