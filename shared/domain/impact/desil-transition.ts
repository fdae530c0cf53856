/**
 * Desil movement of units (families) between two DTSEN snapshots. Desil 1 is the poorest tenth
 * of the national ranking and 10 the richest, so moving to a higher desil number means the
 * family was ranked better off.
 */

export const DESIL_COUNT = 10;

export interface DesilTransition {
  /** counts[i][j] = units in desil i + 1 in the first snapshot and desil j + 1 in the second. */
  counts: number[][];
  /** Units present with a valid desil in both snapshots. */
  matched: number;
  movedUp: number;
  stayed: number;
  movedDown: number;
  /** In the second snapshot only (e.g. newly registered): they cannot have moved. */
  missingInFrom: number;
  /** In the first snapshot only (removed, died, moved away, or not yet re-surveyed). */
  missingInTo: number;
  /** Present but with a desil that is not a whole number 1–10 in either snapshot. */
  invalid: number;
}

function validDesil(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= DESIL_COUNT;
}

/** `from` and `to` map a unit id to its desil (null = listed without a desil). */
export function desilTransition(
  from: ReadonlyMap<string, number | null>,
  to: ReadonlyMap<string, number | null>,
): DesilTransition {
  const counts = Array.from({ length: DESIL_COUNT }, () => new Array<number>(DESIL_COUNT).fill(0));
  let movedUp = 0;
  let stayed = 0;
  let movedDown = 0;
  let missingInTo = 0;
  let invalid = 0;
  for (const [unitId, a] of from) {
    if (!to.has(unitId)) {
      missingInTo++;
      continue;
    }
    const b = to.get(unitId);
    if (!validDesil(a) || !validDesil(b)) {
      invalid++;
      continue;
    }
    const row = counts[a - 1] as number[];
    row[b - 1] = (row[b - 1] as number) + 1;
    if (b > a) movedUp++;
    else if (b < a) movedDown++;
    else stayed++;
  }
  let missingInFrom = 0;
  for (const unitId of to.keys()) if (!from.has(unitId)) missingInFrom++;
  return { counts, matched: movedUp + stayed + movedDown, movedUp, stayed, movedDown, missingInFrom, missingInTo, invalid };
}
