import type { Benefit } from '../../shared/domain/programs';
import { parsePeriod, periodEnd, periodStart } from '../../shared/domain/period';
import type { BuiltInStatus, ComponentCounts, FamilyRecord, MemberRecord } from '../../shared/domain/register';
import { componentCounts, componentTotal, tahapNominal } from './benefits';
import { addDays, ageOn, fromDays, maxDate, minDate, toDays } from './dates';
import { generateHousehold, kkIssueDate, type DraftMember } from './household';
import type { IdentityAllocator } from './identity';
import { villageAddress } from './names';
import { Random } from './random';

export interface DemoVillage {
  code: string;
  name: string;
}

export interface DemoKecamatan {
  code: string;
  name: string;
  villages: readonly DemoVillage[];
}

export interface DemoProgram {
  id: number;
  code: string;
  benefit: Benefit;
  desilMin: number | null;
  desilMax: number | null;
  activeFrom: string;
}

/** The programs demo families are enrolled in, where the office's register has them (active). */
export interface DemoPrograms {
  pkh: DemoProgram | null;
  sembako: DemoProgram | null;
  pbi: DemoProgram | null;
  pkhPlus: DemoProgram | null;
}

/** What the generated register is made for: the office's regions, programs, and the periods shown. */
export interface DemoSetting {
  /** The date the data is "as of": ages, statuses and the last tahap end here. */
  today: string;
  /** Tahap codes (`2024-Q3`), oldest first; the last is the current one. */
  periods: readonly string[];
  kecamatan: readonly DemoKecamatan[];
  /** Kecamatan codes of other kabupaten/kota: NIKs first issued elsewhere. */
  foreignKecamatan: readonly string[];
  /** Upper-case place names for birth places: the office's own first. */
  homePlace: string;
  otherPlaces: readonly string[];
  programs: DemoPrograms;
}

export interface StatusEvent {
  status: BuiltInStatus;
  date: string;
  reason: string;
}

export interface DemoEnrollment {
  program: DemoProgram;
  /** For per-person programs (PBI-JK): the member's index in the family; null = the whole family. */
  memberIndex: number | null;
  /** The first event is the enrollment itself (aktif, on the enrollment date). */
  events: StatusEvent[];
  periods: { period: string; nominal: number | null; components: ComponentCounts | null }[];
}

export interface DemoMember extends MemberRecord {
  sex: 'L' | 'P';
  birthDate: string;
}

export interface DemoFamily {
  family: FamilyRecord;
  members: DemoMember[];
  enrollments: DemoEnrollment[];
}

export interface Identities {
  nik: IdentityAllocator;
  kk: IdentityAllocator;
}

// Reasons as officers write them in SIKS-NG; stored as data with the status history.
const REASON_START = 'Penetapan KPM (data contoh)';
const EXIT_REASONS: Record<Exclude<BuiltInStatus, 'aktif'>, readonly string[]> = {
  graduasi_alamiah: ['Tidak ada lagi komponen yang memenuhi syarat'],
  graduasi_sejahtera_mandiri: ['Ekonomi keluarga membaik', 'Penghasilan di atas UMK', 'Menjadi ASN/TNI/Polri/BUMN', 'Kepesertaan lebih dari 5 tahun'],
  meninggal: ['Meninggal dunia'],
  pindah: ['Pindah domisili ke luar kabupaten/kota', 'Pindah ke desa lain, KK baru'],
  mengundurkan_diri: ['Mengundurkan diri atas kemauan sendiri'],
  tidak_eligible: ['Hasil verifikasi: tidak memenuhi kriteria', 'Desil di atas batas program'],
  ditangguhkan: ['Tidak memenuhi komitmen kehadiran', 'Rekening tidak aktif'],
};

interface Plan {
  /** Index of the first period on the program's lists. */
  join: number;
  /** Index of the period from which the family is off every list (periods.length = stays). */
  end: number;
  endEvent: StatusEvent | null;
}

function inBand(program: DemoProgram, desil: number, fallbackMax: number): boolean {
  const min = program.desilMin ?? 1;
  const max = program.desilMax ?? fallbackMax;
  return desil >= min && desil <= max;
}

/**
 * Synthetic families for one kabupaten/kota, deterministic for a seed: real kecamatan and desa,
 * valid NIK/KK, households of all ages, enrollments in PKH (components from the members' ages),
 * Sembako, PBI-JK (per person) and PKH Plus (70+) over several tahap, with families leaving
 * (graduasi, meninggal, pindah, with their dated status) and new ones joining.
 */
export function* generateFamilies(setting: DemoSetting, seed: number, count: number, ids: Identities): Generator<DemoFamily> {
  const rng = new Random(seed);
  const starts = setting.periods.map((p) => periodStart(parsePeriod(p)!));
  const ends = setting.periods.map((p) => minDate(periodEnd(parsePeriod(p)!), setting.today));
  const last = setting.periods.length;
  const dtksBase = rng.int(100_000, 899_999);

  /** A day inside period `i`, not after today. */
  const dayIn = (i: number, maxOffset = 75): string => {
    const from = toDays(starts[i]!);
    return fromDays(from + rng.int(0, Math.max(0, Math.min(maxOffset, toDays(ends[i]!) - from))));
  };
  const exit = (i: number, status: Exclude<BuiltInStatus, 'aktif'>): StatusEvent => ({
    status,
    date: dayIn(i),
    reason: rng.pick(EXIT_REASONS[status]),
  });

  for (let n = 0; n < count; n++) {
    const kec = rng.pick(setting.kecamatan);
    const village = rng.pick(kec.villages);
    const household = generateHousehold(rng, setting.today, last);
    const desil = rng.weighted<number>([[1, 22], [2, 21], [3, 18], [4, 15], [5, 11], [6, 5], [7, 3], [8, 2], [9, 2], [10, 1]]);

    const members: DemoMember[] = household.members.map((m) => toMember(rng, m, kec, setting, ids.nik));
    const family: FamilyRecord = {
      kk: ids.kk.kk(kec.code, kkIssueDate(rng, household.members, setting.today)),
      address: villageAddress(rng),
      rt: String(rng.int(1, 15)).padStart(3, '0'),
      rw: String(rng.int(1, 8)).padStart(3, '0'),
      kecamatanCode: kec.code,
      desaCode: village.code,
      dtksId: `${village.code.replace(/\./g, '')}${String(dtksBase + n).padStart(7, '0')}`,
      desil,
      desilAsOf: starts[Math.max(0, last - 1 - rng.int(0, 1))] ?? setting.today,
    };

    // New families join the lists in a later tahap; some leave the register as a whole.
    const join = rng.chance(0.86) || last < 2 ? 0 : rng.int(1, last - 1);
    let familyEnd = last;
    let familyEvent: StatusEvent | null = null;
    const singleElder = members.length <= 2 && household.members[0]!.relationship === 'KEPALA KELUARGA' && ageOn(members[0]!.birthDate, setting.today) >= 62;
    if (join + 1 < last && rng.chance(singleElder ? 0.08 : 0.025)) {
      familyEnd = rng.int(join + 1, last - 1);
      familyEvent = exit(familyEnd, singleElder ? 'meninggal' : 'pindah');
    }
    const enrolledOn = (program: DemoProgram, bornOn: string | null): string => {
      if (join > 0) return dayIn(join, 20);
      const earliest = maxDate(maxDate(program.activeFrom, '2015-01-01'), bornOn ? addDays(bornOn, 30) : '2015-01-01');
      const latest = addDays(starts[0]!, -1);
      return earliest >= latest ? starts[0]! : fromDays(rng.int(toDays(earliest), toDays(latest)));
    };
    const base = (): Plan => ({ join, end: familyEnd, endEvent: familyEvent });

    const enrollments: DemoEnrollment[] = [];
    const { pkh, sembako, pbi, pkhPlus } = setting.programs;

    if (pkh && inBand(pkh, desil, 4) && rng.chance(0.8)) {
      const counts = starts.map((s, i) => componentCounts(household.members, s, household.pregnantInPeriods.includes(i)));
      if (componentTotal(counts[join]!) > 0) {
        const plan = base();
        for (let i = join + 1; i < plan.end; i++) {
          // No eligible component left (the youngest finished SMA): natural graduation.
          if (componentTotal(counts[i]!) === 0) {
            plan.end = i;
            plan.endEvent = exit(i, 'graduasi_alamiah');
          } else if (rng.chance(0.02)) {
            plan.end = i;
            plan.endEvent = exit(i, rng.weighted([['graduasi_sejahtera_mandiri', 6], ['mengundurkan_diri', 1], ['tidak_eligible', 2]]));
          }
          if (plan.end === i) break;
        }
        enrollments.push(timeline(pkh, null, plan, enrolledOn(pkh, null), (i) => counts[i]!, 0.025));
      }
    }
    if (sembako && inBand(sembako, desil, 5) && rng.chance(0.78)) {
      const plan = base();
      for (let i = join + 1; i < plan.end; i++) {
        if (rng.chance(0.012)) {
          plan.end = i;
          plan.endEvent = exit(i, rng.weighted([['tidak_eligible', 3], ['graduasi_sejahtera_mandiri', 2]]));
          break;
        }
      }
      enrollments.push(timeline(sembako, null, plan, enrolledOn(sembako, null), () => null, 0));
    }
    if (pbi && inBand(pbi, desil, 5) && rng.chance(0.6)) {
      members.forEach((m, index) => {
        // A baby joins the family's PBI from the first tahap after birth.
        const first = starts.findIndex((s, i) => i >= join && s >= m.birthDate);
        if (first < 0 || first >= familyEnd) return;
        // When the head dies, the others' PBI moves with them to another KK.
        const endEvent =
          familyEvent?.status === 'meninggal' && index > 0 ? { ...familyEvent, status: 'pindah' as const, reason: 'Pindah KK setelah kepala keluarga meninggal' } : familyEvent;
        const plan: Plan = { join: first, end: familyEnd, endEvent };
        enrollments.push(timeline(pbi, index, plan, first === 0 ? enrolledOn(pbi, m.birthDate) : dayIn(first, 20), () => null, 0));
      });
    }
    if (pkhPlus && inBand(pkhPlus, desil, 5) && members.some((m) => ageOn(m.birthDate, starts[join]!) >= 70) && rng.chance(0.6)) {
      enrollments.push(timeline(pkhPlus, null, base(), enrolledOn(pkhPlus, null), () => null, 0));
    }

    yield { family, members, enrollments };
  }

  /** Status events and period rows of one enrollment from its plan; `suspend` = chance of a tahap suspended. */
  function timeline(
    program: DemoProgram,
    memberIndex: number | null,
    plan: Plan,
    enrolledOn: string,
    counts: (i: number) => ComponentCounts | null,
    suspend: number,
  ): DemoEnrollment {
    const events: StatusEvent[] = [{ status: 'aktif', date: enrolledOn, reason: REASON_START }];
    const periods: DemoEnrollment['periods'] = [];
    let resumed = -1;
    for (let i = plan.join; i < plan.end; i++) {
      if (i > plan.join && i + 1 < plan.end && i !== resumed && rng.chance(suspend)) {
        // Suspended for one tahap (missed commitments), active again the next.
        events.push({ status: 'ditangguhkan', date: dayIn(i, 10), reason: rng.pick(EXIT_REASONS.ditangguhkan) });
        events.push({ status: 'aktif', date: dayIn(i + 1, 10), reason: 'Komitmen dipenuhi kembali' });
        resumed = i + 1;
        continue;
      }
      const c = counts(i);
      periods.push({ period: setting.periods[i]!, nominal: tahapNominal(program.benefit, starts[i]!, c), components: c });
    }
    if (plan.endEvent) events.push(plan.endEvent);
    return { program, memberIndex, events, periods };
  }
}

function toMember(rng: Random, m: DraftMember, kec: DemoKecamatan, setting: DemoSetting, nik: IdentityAllocator): DemoMember {
  let region = kec.code;
  if (m.bornElsewhere && setting.foreignKecamatan.length > 0) region = rng.pick(setting.foreignKecamatan);
  else if (rng.chance(0.15)) region = rng.pick(setting.kecamatan).code;
  return {
    nik: nik.nik(region, m.birthDate, m.sex),
    name: m.name,
    sex: m.sex,
    birthPlace: m.bornElsewhere && setting.otherPlaces.length > 0 ? rng.pick(setting.otherPlaces) : setting.homePlace,
    birthDate: m.birthDate,
    relationship: m.relationship,
    motherName: m.motherName,
    disability: m.disability,
    schoolLevel: m.schoolLevel,
    isPengurus: m.isPengurus,
  };
}
