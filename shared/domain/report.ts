import type { KpmAmount, RealisationSource } from './disbursements';
import type { ProgramLevel } from './programs';

/**
 * The figures of the quarterly report to the province (laporan triwulan), computed from the
 * register and the disbursement lines, or read from a closed quarter's snapshot. Aggregates only:
 * nothing here may ever hold a NIK, a KK or a name.
 */
export interface ProgramRealisation {
  programId: number;
  programCode: string;
  programName: string;
  level: ProgramLevel;
  /** KPM active in the period and what the benefit rule (or the list's NOMINAL) gives them. */
  allocation: KpmAmount;
  /** KPM in the allocation whose amount the rule cannot give (in-kind, unknown components). */
  allocationUnpriced: number;
  realised: KpmAmount;
  failed: KpmAmount;
  returned: KpmAmount;
  source: RealisationSource;
  /** realised ÷ allocation in percent (one decimal), null when the allocation is 0. */
  percentKpm: number | null;
  percentAmount: number | null;
}

export interface KecamatanRealisation extends Omit<ProgramRealisation, 'programName' | 'level'> {
  kecamatanCode: string | null;
  /** The kecamatan's name, or "Tidak diketahui" data when the family has no kecamatan. */
  kecamatanName: string | null;
}

export interface ComponentCount {
  programId: number;
  programCode: string;
  componentCode: string;
  componentName: string;
  /** Persons counted in the component (e.g. 2 children in SD), over the period's list. */
  persons: number;
  /** Families with at least one person in the component. */
  families: number;
}

export interface MovementExit {
  /** Status code (enrollment_statuses.code) and its label at the time of computing. */
  status: string;
  label: string;
  exitKind: 'graduation' | 'death' | 'moved' | 'withdrawn' | 'ineligible';
  count: number;
}

export interface ProgramMovement {
  programId: number;
  programCode: string;
  /** Active at the start of the quarter (status as of the day before its first day). */
  start: number;
  /** Enrolled during the quarter. */
  added: number;
  /** Left during the quarter, by exit status (graduasi by category, meninggal, pindah, …). */
  exits: MovementExit[];
  /** Everything else that changed the active count (suspended, reactivated): start + added − exits + other = end. */
  other: number;
  /** Active at the end of the quarter. */
  end: number;
}

export interface QuarterlyFigures {
  /** `2024-Q3` */
  period: string;
  /** ISO timestamp of the computation (for a snapshot: of the close). */
  computedAt: string;
  programs: ProgramRealisation[];
  kecamatan: KecamatanRealisation[];
  components: ComponentCount[];
  movements: ProgramMovement[];
}

/** Section 5 of the report: the provincial programs, from the same rows as section 1. */
export function provincialPrograms(figures: Pick<QuarterlyFigures, 'programs'>): ProgramRealisation[] {
  return figures.programs.filter((p) => p.level === 'provinsi');
}

/** realised ÷ allocated as a percentage with one decimal; null when nothing was allocated. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
