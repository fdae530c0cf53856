import { amountOn, type Benefit } from './programs';
import type { ComponentCounts } from './register';
import { parsePeriod, periodStart } from './period';

/**
 * The one allocation rule (import checks of NOMINAL now; disbursement allocation per tahap next).
 * The tahap amount the program's rule gives a family (or person) in `period`, or null when the
 * rule cannot say without guessing: an in-kind or one-off benefit, no amount in force yet, a
 * component the program does not know, or more components than the cap (which ones are paid
 * is then the ministry's choice, not ours).
 */
export function ruleNominal(benefit: Benefit, period: string, components: ComponentCounts | null): number | null {
  const p = parsePeriod(period);
  if (p === null) return null;
  const date = periodStart(p);
  if (benefit.kind === 'in_kind') return null;
  if (benefit.kind === 'flat') {
    const amount = amountOn(benefit.amounts, date);
    if (amount === null) return null;
    switch (benefit.unit) {
      case 'month':
        return amount * 3;
      case 'tahap':
        return amount;
      case 'year':
        return Math.round(amount / 4);
      case 'once':
        return null;
    }
  }
  if (components === null) return null;
  let total = 0;
  let count = 0;
  for (const [code, n] of Object.entries(components)) {
    if (n === 0) continue;
    const component = benefit.components.find((c) => c.code === code);
    const yearly = component ? amountOn(component.amounts, date) : null;
    if (yearly === null) return null;
    // Component amounts are per year, paid in four tahap.
    total += n * Math.round(yearly / 4);
    count += n;
  }
  if (benefit.maxComponents !== null && count > benefit.maxComponents) return null;
  return total;
}
