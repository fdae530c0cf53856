import { describe, expect, it } from 'vitest';
import { desilTransition } from '../../shared/domain/impact/desil-transition';

describe('desilTransition', () => {
  it('counts moves between two DTSEN snapshots and the units it cannot place', () => {
    const from = new Map<string, number | null>([
      ['a', 1], // → 2  up
      ['b', 1], // → 1  stayed
      ['c', 2], // → 1  down
      ['d', 3], // → 3  stayed
      ['e', 5], // → 7  up
      ['f', 10], // → 9 down
      ['g', 4], // not in the second snapshot
      ['h', null], // no desil in the first snapshot
      ['k', 11], // not a desil
    ]);
    const to = new Map<string, number | null>([
      ['a', 2],
      ['b', 1],
      ['c', 1],
      ['d', 3],
      ['e', 7],
      ['f', 9],
      ['h', 3],
      ['k', 4],
      ['i', 2], // new in the second snapshot
    ]);
    const r = desilTransition(from, to);
    // Up: a, e = 2; stayed: b, d = 2; down: c, f = 2 → matched 6.
    expect(r).toMatchObject({ matched: 6, movedUp: 2, stayed: 2, movedDown: 2, missingInTo: 1, missingInFrom: 1, invalid: 2 });
    const cells: [number, number][] = [];
    r.counts.forEach((row, i) => row.forEach((n, j) => {
      for (let k = 0; k < n; k++) cells.push([i + 1, j + 1]);
    }));
    expect(cells).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [3, 3],
      [5, 7],
      [10, 9],
    ]);
    expect(r.counts).toHaveLength(10);
    expect(r.counts.every((row) => row.length === 10)).toBe(true);
  });
});
