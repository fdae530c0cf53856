import type { Sex } from '../../shared/domain/register';
import { addDays, ageOn, toDays, fromDays } from './dates';
import { personName } from './names';
import type { Random } from './random';

/** A person of a generated household, before identity numbers are given out. */
export interface DraftMember {
  name: string;
  sex: Sex;
  birthDate: string;
  relationship: string;
  motherName: string;
  disability: string | null;
  /** A severe disability counts as a PKH component (DISABIL). */
  severeDisability: boolean;
  schoolLevel: string | null;
  /** Of school age and going to school: counts as SD/SMP/SMA while 7–18. */
  inSchool: boolean;
  isPengurus: boolean;
  /** A member who is not from here first got a NIK elsewhere (a move, a marriage). */
  bornElsewhere: boolean;
}

export interface DraftHousehold {
  members: DraftMember[];
  /** Index of a period (oldest first) in which the wife was pregnant or nifas (HAMIL), if any. */
  pregnantInPeriods: readonly number[];
}

type Shape = 'nuclear' | 'withElder' | 'singleElder' | 'femaleHeaded' | 'elderCouple';

const SHAPES: readonly (readonly [Shape, number])[] = [
  ['nuclear', 63],
  ['withElder', 12],
  ['singleElder', 10],
  ['femaleHeaded', 11],
  ['elderCouple', 4],
];

/** A birth date that makes someone `age` full years old on `today`. */
function birthDateForAge(rng: Random, today: string, age: number): string {
  const year = Number(today.slice(0, 4)) - age;
  const birthday = `${year}${today.slice(4)}`;
  // Any of the 365 days after the last birthday before `today`; 29 February becomes 28.
  const anchor = birthday.endsWith('-02-29') ? `${year}-02-28` : birthday;
  return fromDays(toDays(anchor) - rng.int(0, 364));
}

function schoolOf(rng: Random, age: number): { level: string | null; inSchool: boolean } {
  if (age < 4) return { level: null, inSchool: false };
  if (age <= 6) return { level: rng.chance(0.6) ? 'TK/PAUD' : 'BELUM SEKOLAH', inSchool: false };
  if (age <= 18) {
    if (rng.chance(age <= 15 ? 0.03 : 0.12)) return { level: 'TIDAK SEKOLAH', inSchool: false };
    return { level: age <= 12 ? 'SD' : age <= 15 ? 'SMP' : 'SMA', inSchool: true };
  }
  return { level: null, inSchool: false };
}

function disabilityOf(rng: Random): { disability: string | null; severe: boolean } {
  const roll = rng.next();
  if (roll < 0.012) return { disability: 'DISABILITAS BERAT', severe: true };
  if (roll < 0.025) return { disability: rng.pick(['DISABILITAS FISIK', 'DISABILITAS SENSORIK', 'DISABILITAS MENTAL']), severe: false };
  return { disability: null, severe: false };
}

/**
 * One household as DTKS lists show them: parents with children of school ages, elderly parents
 * living in, elderly people alone, mothers heading a family. Ages are as of `today`.
 */
export function generateHousehold(rng: Random, today: string, periodCount: number): DraftHousehold {
  const shape = rng.weighted(SHAPES);
  const members: DraftMember[] = [];
  const person = (sex: Sex, age: number, relationship: string, motherName?: string): DraftMember => {
    const birthDate = birthDateForAge(rng, today, age);
    const school = schoolOf(rng, age);
    const dis = disabilityOf(rng);
    const m: DraftMember = {
      name: personName(rng, sex, Number(birthDate.slice(0, 4))),
      sex,
      birthDate,
      relationship,
      motherName: motherName ?? personName(rng, 'P', Number(birthDate.slice(0, 4)) - rng.int(20, 35)),
      disability: dis.disability,
      severeDisability: dis.severe,
      schoolLevel: school.level,
      inSchool: school.inSchool,
      isPengurus: false,
      bornElsewhere: age >= 17 && rng.chance(0.1),
    };
    members.push(m);
    return m;
  };

  let mother: DraftMember | null = null;
  if (shape === 'singleElder') {
    const head = person(rng.chance(0.7) ? 'P' : 'L', rng.int(62, 92), 'KEPALA KELUARGA');
    head.isPengurus = true;
    // Some grandparents raise a grandchild whose parents work away.
    if (rng.chance(0.25)) person(rng.chance(0.5) ? 'L' : 'P', rng.int(4, 16), 'CUCU');
  } else if (shape === 'elderCouple') {
    const age = rng.int(62, 85);
    person('L', age, 'KEPALA KELUARGA');
    const wife = person('P', Math.max(58, age - rng.int(0, 8)), 'ISTRI');
    wife.isPengurus = true;
  } else {
    const femaleHeaded = shape === 'femaleHeaded';
    const motherAge = rng.int(femaleHeaded ? 26 : 21, femaleHeaded ? 58 : 52);
    if (femaleHeaded) {
      mother = person('P', motherAge, 'KEPALA KELUARGA');
    } else {
      person('L', Math.min(75, motherAge + rng.int(-2, 8)), 'KEPALA KELUARGA');
      mother = person('P', motherAge, 'ISTRI');
    }
    mother.isPengurus = true;
    const wanted = rng.weighted([[0, 4], [1, 14], [2, 30], [3, 28], [4, 16], [5, 8]]);
    let childAge = motherAge - rng.int(19, 28);
    for (let i = 0; i < wanted && childAge >= 0; i++) {
      // Grown children (past 27 or so) have usually left with their own KK.
      if (childAge <= 27) person(rng.chance(0.51) ? 'L' : 'P', childAge, 'ANAK', mother.name);
      childAge -= rng.int(2, 5);
    }
    if (shape === 'withElder') person(rng.chance(0.7) ? 'P' : 'L', rng.int(63, 94), rng.pick(['ORANG TUA', 'MERTUA']));
  }

  const pregnantInPeriods: number[] = [];
  if (mother && ageOn(mother.birthDate, today) <= 40 && rng.chance(0.08) && periodCount > 0) {
    // Pregnancy and nifas span about three tahap on the FC lists.
    const start = rng.int(0, periodCount - 1);
    for (let p = start; p < Math.min(periodCount, start + 3); p++) pregnantInPeriods.push(p);
  }
  return { members, pregnantInPeriods };
}

/** The day a KK was last issued: after its youngest member was born (a birth means a new KK). */
export function kkIssueDate(rng: Random, members: readonly DraftMember[], today: string): string {
  const youngest = members.reduce((latest, m) => (m.birthDate > latest ? m.birthDate : latest), '2006-01-01');
  const from = toDays(addDays(youngest, 14));
  const to = toDays(today);
  return from >= to ? today : fromDays(rng.int(from, to));
}
