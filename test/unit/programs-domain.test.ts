import { describe, expect, it } from 'vitest';
import {
  amountOn,
  changesFromParent,
  programInputSchema,
  type Benefit,
  type DatedAmount,
  type ProgramInput,
} from '../../shared/domain/programs';

const PKH_AUD: DatedAmount[] = [
  { validFrom: '2020-04-01', amount: 3_000_000 },
  { validFrom: '2019-01-01', amount: 2_400_000 },
  { validFrom: '2025-01-01', amount: 3_300_000 },
];

describe('amountOn', () => {
  it('picks the entry with the latest validFrom not after the date, in any input order', () => {
    expect(amountOn(PKH_AUD, '2019-01-01')).toBe(2_400_000);
    expect(amountOn(PKH_AUD, '2020-03-31')).toBe(2_400_000);
    expect(amountOn(PKH_AUD, '2020-04-01')).toBe(3_000_000);
    expect(amountOn(PKH_AUD, '2024-12-31')).toBe(3_000_000);
    expect(amountOn(PKH_AUD, '2025-06-30')).toBe(3_300_000);
  });

  it('has no amount before the first date or for an empty list', () => {
    expect(amountOn(PKH_AUD, '2018-12-31')).toBeNull();
    expect(amountOn([], '2024-01-01')).toBeNull();
  });

  it('returns a zero amount rather than treating it as missing', () => {
    expect(amountOn([{ validFrom: '2024-01-01', amount: 0 }], '2024-05-01')).toBe(0);
  });
});

function flat(amounts: DatedAmount[]): Benefit {
  return { kind: 'flat', unit: 'month', perPerson: false, amounts };
}

function program(overrides: Partial<ProgramInput> = {}): ProgramInput {
  return {
    code: 'SEMBAKO',
    name: 'Program Sembako',
    description: '',
    level: 'pusat',
    fundingSource: 'APBN',
    parentId: null,
    benefit: flat([
      { validFrom: '2019-01-01', amount: 150_000 },
      { validFrom: '2020-04-01', amount: 200_000 },
    ]),
    frequency: 'monthly',
    activeFrom: '2019-01-01',
    activeTo: null,
    desilMin: 1,
    desilMax: 5,
    uncertainNote: '',
    quotas: [],
    ...overrides,
  };
}

function components(list: { code: string; name?: string; amounts: DatedAmount[] }[], maxComponents: number | null = 4): Benefit {
  return { kind: 'components', maxComponents, components: list.map((c) => ({ code: c.code, name: c.name ?? c.code, amounts: c.amounts })) };
}

describe('changesFromParent', () => {
  it('finds no change between a program and an identical copy with another code and name', () => {
    expect(changesFromParent(program({ code: 'SEMBAKO-SDA', name: 'Sembako Sidoarjo', parentId: 1 }), program())).toEqual([]);
  });

  it('lists what a regional variant changed, in a stable order, with readable values', () => {
    const variant = program({
      code: 'SEMBAKO-SDA',
      level: 'kabkota',
      fundingSource: 'APBD_KABKOTA',
      desilMin: 1,
      desilMax: 3,
      benefit: flat([
        { validFrom: '2020-04-01', amount: 200_000 },
        { validFrom: '2019-01-01', amount: 150_000 },
        { validFrom: '2024-01-01', amount: 250_000 },
      ]),
      quotas: [{ kecamatanCode: '35.15.08', quota: 120 }],
    });
    expect(changesFromParent(variant, program())).toEqual([
      { field: 'level', parentValue: 'pusat', value: 'kabkota' },
      { field: 'fundingSource', parentValue: 'APBN', value: 'APBD_KABKOTA' },
      { field: 'desil', parentValue: '1-5', value: '1-3' },
      { field: 'quotas', parentValue: '-', value: '35.15.08=120' },
      {
        field: 'benefit.amounts',
        parentValue: 'Rp150.000 (2019-01-01), Rp200.000 (2020-04-01)',
        value: 'Rp150.000 (2019-01-01), Rp200.000 (2020-04-01), Rp250.000 (2024-01-01)',
      },
    ]);
  });

  it('does not report amounts or quotas listed in another order as a change', () => {
    const quotas = [
      { kecamatanCode: '35.15.01', quota: 80 },
      { kecamatanCode: '35.15.08', quota: 120 },
    ];
    const parent = program({ quotas });
    const variant = program({ quotas: [...quotas].reverse(), benefit: flat([...(program().benefit as { amounts: DatedAmount[] }).amounts].reverse()) });
    expect(changesFromParent(variant, parent)).toEqual([]);
  });

  it('reports components added, removed and changed, and a changed benefit kind', () => {
    const parent = program({
      benefit: components([
        { code: 'SD', amounts: [{ validFrom: '2019-01-01', amount: 900_000 }] },
        { code: 'LANSIA', amounts: [{ validFrom: '2019-01-01', amount: 2_400_000 }] },
      ]),
    });
    const variant = program({
      benefit: components(
        [
          { code: 'SD', amounts: [{ validFrom: '2019-01-01', amount: 1_000_000 }] },
          { code: 'DISABIL', amounts: [{ validFrom: '2019-01-01', amount: 2_400_000 }] },
        ],
        null,
      ),
    });
    expect(changesFromParent(variant, parent)).toEqual([
      { field: 'benefit.maxComponents', parentValue: '4', value: '-' },
      { field: 'component.SD', parentValue: 'SD [Rp900.000 (2019-01-01)]', value: 'SD [Rp1.000.000 (2019-01-01)]' },
      { field: 'component.LANSIA', parentValue: 'LANSIA [Rp2.400.000 (2019-01-01)]', value: '-' },
      { field: 'component.DISABIL', parentValue: '-', value: 'DISABIL [Rp2.400.000 (2019-01-01)]' },
    ]);

    const inKind = changesFromParent(program({ benefit: { kind: 'in_kind', note: 'Paket sembako' } }), program());
    expect(inKind.map((c) => c.field)).toEqual(['benefit.kind', 'benefit.unit', 'benefit.perPerson', 'benefit.amounts', 'benefit.note']);
    expect(inKind[0]).toEqual({ field: 'benefit.kind', parentValue: 'flat', value: 'in_kind' });
    expect(inKind[4]).toEqual({ field: 'benefit.note', parentValue: '-', value: 'Paket sembako' });
  });
});

function issues(input: unknown): [string, string][] {
  const result = programInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('programInputSchema', () => {
  it('accepts the example and normalises the code', () => {
    const parsed = programInputSchema.parse(program({ code: ' pkh-sda ' }));
    expect(parsed.code).toBe('PKH-SDA');
  });

  it.each([
    ['A', 'program.code'],
    ['PKH SDA', 'program.code'],
    ['-PKH', 'program.code'],
    ['PKH_SDA', 'program.code'],
    ['P'.repeat(21), 'program.code'],
  ])('refuses the code %j', (code, message) => {
    expect(issues(program({ code }))).toEqual([['code', message]]);
  });

  describe('desil', () => {
    it('accepts a band within 1-10, a single desil, and no band at all', () => {
      expect(issues(program({ desilMin: 1, desilMax: 10 }))).toEqual([]);
      expect(issues(program({ desilMin: 4, desilMax: 4 }))).toEqual([]);
      expect(issues(program({ desilMin: null, desilMax: null }))).toEqual([]);
    });

    it('refuses an upper bound below the lower one', () => {
      expect(issues(program({ desilMin: 5, desilMax: 2 }))).toEqual([['desilMax', 'program.desilRange']]);
    });

    it('refuses one bound without the other', () => {
      expect(issues(program({ desilMin: 1, desilMax: null }))).toEqual([['desilMax', 'program.desilBoth']]);
      expect(issues(program({ desilMin: null, desilMax: 4 }))).toEqual([['desilMax', 'program.desilBoth']]);
    });

    it('refuses desil outside 1-10 and fractions', () => {
      expect(issues(program({ desilMin: 0, desilMax: 4 })).map(([path]) => path)).toEqual(['desilMin']);
      expect(issues(program({ desilMin: 1, desilMax: 11 })).map(([path]) => path)).toEqual(['desilMax']);
      expect(issues(program({ desilMin: 1.5, desilMax: 4 })).map(([path]) => path)).toEqual(['desilMin']);
    });
  });

  describe('active period', () => {
    it('accepts an open end and an end on or after the start', () => {
      expect(issues(program({ activeTo: null }))).toEqual([]);
      expect(issues(program({ activeFrom: '2024-01-01', activeTo: '2024-01-01' }))).toEqual([]);
      expect(issues(program({ activeFrom: '2024-01-01', activeTo: '2024-12-31' }))).toEqual([]);
    });

    it('refuses an end before the start', () => {
      expect(issues(program({ activeFrom: '2024-07-01', activeTo: '2024-06-30' }))).toEqual([['activeTo', 'program.activeRange']]);
    });

    it('refuses dates that do not exist or are not ISO', () => {
      expect(issues(program({ activeFrom: '2023-02-29' }))).toEqual([['activeFrom', 'date.invalid']]);
      expect(issues(program({ activeFrom: '01-07-2024' }))).toEqual([['activeFrom', 'date.invalid']]);
    });
  });

  describe('components and amounts', () => {
    const amounts = [{ validFrom: '2019-01-01', amount: 900_000 }];

    it('refuses duplicate component codes, also when they differ only in case', () => {
      expect(issues(program({ benefit: components([{ code: 'SD', amounts }, { code: 'SD', amounts }]) }))).toEqual([
        ['benefit.components', 'component.duplicate'],
      ]);
      expect(issues(program({ benefit: components([{ code: 'SD', amounts }, { code: 'sd', amounts }]) }))).toEqual([
        ['benefit.components', 'component.duplicate'],
      ]);
      expect(issues(program({ benefit: components([{ code: 'SD', amounts }, { code: 'SMP', amounts }]) }))).toEqual([]);
    });

    it('refuses two amounts from the same date and a benefit without any amount', () => {
      expect(
        issues(program({ benefit: flat([{ validFrom: '2024-01-01', amount: 1 }, { validFrom: '2024-01-01', amount: 2 }]) })),
      ).toEqual([['benefit.amounts', 'amounts.duplicateDate']]);
      expect(issues(program({ benefit: flat([]) })).map(([path]) => path)).toEqual(['benefit.amounts']);
    });

    it('refuses negative and fractional rupiah', () => {
      expect(issues(program({ benefit: flat([{ validFrom: '2024-01-01', amount: -1 }]) })).map(([p]) => p)).toEqual([
        'benefit.amounts.0.amount',
      ]);
      expect(issues(program({ benefit: flat([{ validFrom: '2024-01-01', amount: 0.5 }]) })).map(([p]) => p)).toEqual([
        'benefit.amounts.0.amount',
      ]);
    });

    it('refuses a kecamatan listed twice in the quotas', () => {
      const quota = { kecamatanCode: '35.15.08', quota: 10 };
      expect(issues(program({ quotas: [quota, { ...quota, quota: 20 }] }))).toEqual([['quotas', 'quota.duplicate']]);
    });
  });

  it('refuses unknown fields', () => {
    expect(issues({ ...program(), extra: true }).map(([path]) => path)).toEqual(['']);
  });
});
