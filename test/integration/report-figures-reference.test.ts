import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegisterWriter } from '../../electron/beneficiaries/writer';
import { computeFigures } from '../../electron/reports/figures';
import { completeSetup } from '../../electron/settings/service';
import type { QuarterlyFigures } from '../../shared/domain/report';
import { programIds } from '../support/register-fixture';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

/**
 * The figures' SQL (changed/unchanged split, the latest entry by date and id, the in-period rule)
 * against a plain per-enrollment walk of the same status histories: 400 enrollments with random
 * histories in date order, some changing several times a day, some after the quarter, some enrolled
 * after it.
 */

const PERIOD = '2024-Q3';
const START = '2024-07-01';
const END = '2024-09-30';
const STATUSES = ['aktif', 'ditangguhkan', 'graduasi_alamiah', 'graduasi_sejahtera_mandiri', 'meninggal', 'pindah', 'mengundurkan_diri', 'tidak_eligible'];
const ACTIVE = new Set(['aktif']);
const EXIT = new Set(STATUSES.slice(2));
const DATES = ['2023-03-01', '2024-01-15', '2024-06-30', '2024-07-01', '2024-07-15', '2024-08-31', '2024-09-30', '2024-10-01', '2025-01-10'];

interface Entry {
  status: string;
  date: string;
}

let app: TempApp;
let figures: QuarterlyFigures;
const histories: { program: string; kecamatan: string; entries: Entry[] }[] = [];

beforeAll(() => {
  app = tempApp();
  const ctx = app.svc();
  completeSetup(ctx, app.ctx.regions, '35.15', SIDOARJO_PROFILE);
  const programs = programIds(ctx);
  let seed = 20240930;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  ctx.db.transaction(() => {
    const writer = new RegisterWriter(ctx, null);
    for (let i = 0; i < 400; i++) {
      const kecamatan = ['35.15.08', '35.15.14', '35.15.18'][i % 3]!;
      const family = writer.upsertFamily({
        kk: `351599${String(100000 + i).padStart(10, '0')}`, address: '', rt: null, rw: null, kecamatanCode: kecamatan,
        desaCode: null, dtksId: null, desil: null, desilAsOf: null,
      });
      const program = i % 2 === 0 ? 'SEMBAKO' : 'PKH-PLUS';
      // Dates never go back; the same day may repeat (ties are broken by entry order).
      const entries: Entry[] = [];
      let d = rand(4);
      const count = 1 + rand(4);
      for (let k = 0; k < count && d < DATES.length; k++) {
        let status = STATUSES[rand(3) === 0 ? rand(STATUSES.length) : 0]!;
        if (entries.length > 0 && entries[entries.length - 1]!.status === status) status = status === 'aktif' ? 'ditangguhkan' : 'aktif';
        entries.push({ status, date: DATES[d]! });
        if (rand(3) > 0) d += 1 + rand(2);
      }
      let id = 0;
      for (const e of entries) {
        id = id === 0
          ? writer.enroll({ programId: programs[program]!, familyId: family.id, status: e.status, date: e.date, reason: 'uji' }).id
          : (writer.setStatus(id, e.status, e.date, 'uji'), id);
      }
      histories.push({ program, kecamatan, entries });
    }
  })();
  figures = computeFigures(ctx, PERIOD);
});
afterAll(() => app.dispose());

/** The status in force on a day: the last entry dated on or before it (entries are in date order). */
function asOf(entries: readonly Entry[], inclusive: boolean, day: string): Entry | null {
  let found: Entry | null = null;
  for (const e of entries) if (inclusive ? e.date <= day : e.date < day) found = e;
  return found;
}

function reference(program: string) {
  let allocation = 0;
  const byKecamatan = new Map<string, number>();
  let start = 0;
  let end = 0;
  let added = 0;
  const exits = new Map<string, number>();
  for (const h of histories.filter((x) => x.program === program)) {
    const before = asOf(h.entries, false, START);
    const atEnd = asOf(h.entries, true, END);
    const wasActive = before !== null && ACTIVE.has(before.status);
    const became = h.entries.some((e) => e.date >= START && e.date <= END && ACTIVE.has(e.status));
    const enrolledOn = h.entries[0]!.date;
    if (enrolledOn <= END && (wasActive || became)) {
      allocation++;
      byKecamatan.set(h.kecamatan, (byKecamatan.get(h.kecamatan) ?? 0) + 1);
    }
    if (wasActive) start++;
    if (atEnd !== null && ACTIVE.has(atEnd.status)) end++;
    if (enrolledOn >= START && enrolledOn <= END && became) added++;
    if ((wasActive || became) && atEnd !== null && EXIT.has(atEnd.status) && atEnd.date >= START) {
      exits.set(atEnd.status, (exits.get(atEnd.status) ?? 0) + 1);
    }
  }
  return { allocation, byKecamatan, start, end, added, exits };
}

describe('figures against a per-enrollment walk of the histories', () => {
  for (const program of ['SEMBAKO', 'PKH-PLUS']) {
    it(`${program}: allocation per kecamatan and the movements`, () => {
      const ref = reference(program);
      const row = figures.programs.find((p) => p.programCode === program)!;
      expect(row.allocation.kpm).toBe(ref.allocation);
      expect(ref.allocation).toBeGreaterThan(20);
      const kec = figures.kecamatan.filter((k) => k.programCode === program);
      expect(Object.fromEntries(kec.map((k) => [k.kecamatanCode, k.allocation.kpm]))).toEqual(Object.fromEntries(ref.byKecamatan));
      const m = figures.movements.find((x) => x.programCode === program)!;
      expect({ start: m.start, end: m.end, added: m.added }).toEqual({ start: ref.start, end: ref.end, added: ref.added });
      expect(Object.fromEntries(m.exits.filter((e) => e.count > 0).map((e) => [e.status, e.count]))).toEqual(Object.fromEntries(ref.exits));
      expect(m.start + m.added - m.exits.reduce((s, e) => s + e.count, 0) + m.other).toBe(m.end);
      expect(ref.exits.size).toBeGreaterThan(0);
    });
  }
});
