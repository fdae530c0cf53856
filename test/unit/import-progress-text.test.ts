import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { importProgressText } from '../../renderer/src/imports/progress-text';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('id', key, params);

describe('the import wizard progress text', () => {
  it('names the phase main reports, with what is done of the total', () => {
    expect(importProgressText(t, { phase: null, done: 0, total: 200_000 })).toBe('Mengimpor… 0 dari 200.000');
    expect(importProgressText(t, { phase: translate('id', 'imports.progress.streaming'), done: 120_000, total: 200_000 })).toBe(
      'Membaca dan menyimpan data penerima… 120.000 dari 200.000',
    );
    expect(importProgressText(t, { phase: translate('id', 'imports.progress.enrolling'), done: 812, total: 80_082 })).toBe(
      'Mencatat kepesertaan program… 812 dari 80.082',
    );
  });

  it('counts rows alone while no total is known, never "dari 0"', () => {
    const text = importProgressText(t, { phase: translate('id', 'imports.progress.reading'), done: 5_000, total: 0 });
    expect(text).toBe('Membaca berkas… 5.000 baris');
    expect(text).not.toContain('dari 0');
  });
});
