import { describe, expect, it } from 'vitest';
import type { ImpactEstimate } from '../../shared/ipc/impact';
import { docT } from '../../renderer/src/reports/document/text';
import { estimateSentence } from '../../renderer/src/impact/brief/sentences';

/** The brief's sentence per estimate: the direction in words, the interval, and what may be concluded. */

const t = docT('id');

function estimate(value: number | null, ci: { low: number; high: number } | null, verdict: ImpactEstimate['verdict'], better: 'up' | 'down' = 'up'): ImpactEstimate {
  return {
    indicator: { code: 'STUNTING', name: 'Balita stunting', unit: '%', better, level: 'member', description: '', isBuiltin: true },
    program: { id: 1, code: 'PKH', name: 'Program Keluarga Harapan' },
    verdict,
    did: { estimate: value, ci95: ci },
  } as unknown as ImpactEstimate;
}

describe('estimateSentence', () => {
  it('says a fall in words, with the interval and a verdict that follows the indicator\'s better direction', () => {
    expect(estimateSentence(estimate(-2.5, { low: -4, high: -1 }, 'improved', 'down'), t)).toBe(
      'Balita stunting turun 2,5 % lebih banyak pada penerima PKH dibanding pembanding; selang kepercayaan 95 % -4 sampai -1; membaik (seluruh selang berada di sisi yang lebih baik).',
    );
  });

  it('says a rise whose interval crosses zero is not yet conclusive', () => {
    expect(estimateSentence(estimate(1.25, { low: -0.5, high: 3 }, 'inconclusive'), t)).toBe(
      'Balita stunting naik 1,25 % lebih banyak pada penerima PKH dibanding pembanding; selang kepercayaan 95 % -0,5 sampai 3; belum dapat dipastikan (selang mencakup nol).',
    );
  });

  it('says when no interval or no estimate can be computed', () => {
    expect(estimateSentence(estimate(0, null, 'unknown'), t)).toBe(
      'Balita stunting berubah sama besar pada penerima PKH dan pembanding; selang kepercayaan 95 % tidak dapat dihitung; tidak dapat dinilai.',
    );
    expect(estimateSentence(estimate(null, null, 'unknown'), t)).toContain('tidak dapat dihitung (salah satu kelompok');
  });
});
