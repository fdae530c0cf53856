import { create } from 'zustand';
import { todayIso } from '../../../shared/domain/dates';
import { formatPeriodCode, periodOfDate } from '../../../shared/domain/period';
import type { ReconciliationList } from '../../../shared/domain/disbursements';
import type { ClosureInfo, DisbursementOverview } from '../../../shared/ipc/disbursements';
import { call, errorText } from '../api';

export type ProgramTab = 'kecamatan' | 'reconciliation' | 'nominal' | 'totals';

/**
 * The Penyaluran page's state. It lives outside the page so that a trip to the Impor page (the
 * "Impor daftar penyaluran" button) brings the clerk back to the same period and program.
 */
interface DisbursementsState {
  period: string;
  overview: DisbursementOverview | null;
  closures: ClosureInfo[];
  loading: boolean;
  /** The catalogue message of the last failed load (shown on the page, not only in a toast). */
  error: string | null;
  programId: number | null;
  tab: ProgramTab;
  list: ReconciliationList;
  setPeriod(period: string): Promise<void>;
  /** Reads the overview and the closure history of the current period again. */
  load(): Promise<void>;
  openProgram(programId: number | null): void;
  setTab(tab: ProgramTab): void;
  setList(list: ReconciliationList): void;
  closePeriod(): Promise<ClosureInfo>;
  reopenPeriod(reason: string): Promise<ClosureInfo>;
}

export function currentPeriod(): string {
  return formatPeriodCode(periodOfDate(todayIso()));
}

// Each load gets a number; an answer for an older one (the clerk changed the period meanwhile) is dropped.
let loadSeq = 0;

export const useDisbursements = create<DisbursementsState>((set, get) => ({
  period: currentPeriod(),
  overview: null,
  closures: [],
  loading: false,
  error: null,
  programId: null,
  tab: 'kecamatan',
  list: 'paidNotEnrolled',
  async setPeriod(period) {
    if (period === get().period) return;
    set({ period, overview: null, closures: [] });
    await get().load();
  },
  async load() {
    const seq = ++loadSeq;
    const { period } = get();
    set({ loading: true, error: null });
    try {
      const [overview, closures] = await Promise.all([call('disbursements.overview', { period }), call('disbursements.closures', { period })]);
      if (seq === loadSeq) set({ overview, closures });
    } catch (err) {
      if (seq === loadSeq) set({ error: errorText(err), overview: null, closures: [] });
    } finally {
      if (seq === loadSeq) set({ loading: false });
    }
  },
  openProgram(programId) {
    set({ programId });
  },
  setTab(tab) {
    set({ tab });
  },
  setList(list) {
    set({ list });
  },
  async closePeriod() {
    const closure = await call('disbursements.closePeriod', { period: get().period });
    await get().load();
    return closure;
  },
  async reopenPeriod(reason) {
    const closure = await call('disbursements.reopenPeriod', { period: get().period, reason });
    await get().load();
    return closure;
  },
}));
