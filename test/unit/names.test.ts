import { describe, expect, it } from 'vitest';
import { nameKey, variantCompletions } from '../../shared/domain/names';

describe('nameKey', () => {
  it.each([
    ['Moch. Sholeh', 'MUHAMAD SHOLEH'],
    ['Mohammad  Rizki', 'MUHAMAD RIZKI'],
    ['M. Haikal', 'MUHAMAD HAIKAL'],
    ['Soetardjo', 'SUTARJO'],
    ['Sitti Aminah', 'SITI AMINAH'],
    ['Abd. Rochman', 'ABDUL ROCHMAN'],
  ])('folds %s to %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('variantCompletions', () => {
  it('completes the start of a variant spelling to the key it folds to', () => {
    expect(variantCompletions(nameKey('Moham'))).toEqual(['MUHAMAD']);
    expect(variantCompletions(nameKey('Mochamm'))).toEqual(['MUHAMAD']);
    expect(variantCompletions(nameKey('Mukh'))).toEqual(['MUKTAR']);
    expect(variantCompletions(nameKey('Moch'))).toEqual([]);
    expect(variantCompletions('MOC')).toEqual(['MUHAMAD', 'MUKTAR']);
  });

  it('adds nothing where the word already is the start of the key, or is too short to narrow', () => {
    expect(variantCompletions(nameKey('Muham'))).toEqual([]);
    expect(variantCompletions(nameKey('Muk'))).toEqual([]);
    expect(variantCompletions(nameKey('Sitt'))).toEqual([]);
    expect(variantCompletions('MO')).toEqual([]);
    expect(variantCompletions(nameKey('Sholeh'))).toEqual([]);
  });
});
