import { amountOn, type Benefit } from '../../shared/domain/programs';
import type { ComponentCounts } from '../../shared/domain/register';
import { ageOn } from './dates';
import type { DraftMember } from './household';

/**
 * Age from which an elderly member is a PKH component: 70 until 2023, 60 from 2024 (DOMAIN.md;
 * uncertain, set per year by the ministry). Used only to make demo lists look like real ones.
 */
function elderlyAge(date: string): number {
  return date >= '2024-01-01' ? 60 : 70;
}

/** PKH component counts of a family on a date (a tahap's start), as an FC list carries them. */
export function componentCounts(members: readonly DraftMember[], date: string, pregnant: boolean): ComponentCounts {
  const counts: ComponentCounts = { HAMIL: pregnant ? 1 : 0, AUD: 0, SD: 0, SMP: 0, SMA: 0, DISABIL: 0, LANSIA: 0, HAM: 0 };
  for (const m of members) {
    if (m.birthDate > date) continue;
    const age = ageOn(m.birthDate, date);
    if (m.severeDisability) counts.DISABIL! += 1;
    else if (age >= elderlyAge(date)) counts.LANSIA! += 1;
    else if (age <= 6) counts.AUD! += 1;
    else if (m.inSchool && age <= 12) counts.SD! += 1;
    else if (m.inSchool && age <= 15) counts.SMP! += 1;
    else if (m.inSchool && age <= 18) counts.SMA! += 1;
  }
  return counts;
}

export function componentTotal(counts: ComponentCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/**
 * The amount of one tahap (a quarter) on a program's list, from the program's dated amounts in
 * force at the tahap's start. Components are paid per person-component, the highest first, up
 * to the program's maximum per family; yearly component amounts are paid a quarter per tahap.
 */
export function tahapNominal(benefit: Benefit, tahapStart: string, counts: ComponentCounts | null): number | null {
  if (benefit.kind === 'in_kind') return null;
  if (benefit.kind === 'flat') {
    const amount = amountOn(benefit.amounts, tahapStart);
    if (amount === null) return null;
    if (benefit.unit === 'month') return amount * 3;
    if (benefit.unit === 'year') return Math.round(amount / 4);
    return amount;
  }
  const paid: number[] = [];
  for (const c of benefit.components) {
    const n = counts?.[c.code] ?? 0;
    const yearly = amountOn(c.amounts, tahapStart);
    if (yearly === null) continue;
    for (let i = 0; i < n; i++) paid.push(Math.round(yearly / 4));
  }
  paid.sort((a, b) => b - a);
  const limit = benefit.maxComponents ?? paid.length;
  return paid.slice(0, limit).reduce((sum, a) => sum + a, 0);
}
