import { create } from 'zustand';
import type { ProgramRealisation } from '../../../shared/domain/report';
import type { BriefRequest, ImpactBrief } from '../../../shared/ipc/impact';
import { parsePeriod } from '../../../shared/domain/period';
import type { QuarterlyReport, ReportNotes, ReportRequest } from '../../../shared/ipc/reports';
import { call, errorText } from '../api';
import { useApp } from './app';
import { currentPeriod } from './disbursements';

/**
 * The Laporan page's state: the quarter, the programs chosen, the report as main computed it,
 * and the notes ("Permasalahan dan tindak lanjut") being written.
 */
interface ReportsState {
  period: string;
  /** Every program with figures in the period (what "all programs" means for the report). */
  available: ProgramRealisation[] | null;
  /** The ticked programs; equal to `available` by default. */
  chosen: number[];
  report: QuarterlyReport | null;
  loading: boolean;
  error: string | null;
  notes: ReportNotes | null;
  draft: string;
  savingNotes: boolean;
  setPeriod(period: string): Promise<void>;
  load(): Promise<void>;
  toggle(programId: number, on: boolean): Promise<void>;
  setDraft(text: string): void;
  /** Saves the notes when they differ from the saved text; outputs call it first so they carry what is on screen. */
  saveNotes(): Promise<ReportNotes | null>;
  /** The request the outputs send: null programs when every program with figures is ticked. */
  request(): ReportRequest | null;
  /** "Lampirkan ringkasan dampak": the impact brief printed after section 6 (preview, print and PDF). */
  attachBrief: boolean;
  brief: ImpactBrief | null;
  setAttachBrief(on: boolean): Promise<void>;
  /** The attached brief's program and survey waves; null: the service's choice (the program with most families, the two latest waves). */
  briefChoice: BriefChoice;
  setBriefChoice(patch: Partial<BriefChoice>): Promise<void>;
  /** The attached brief's request: the choice, graduations of the report's year. */
  briefRequest(): BriefRequest;
}

export interface BriefChoice {
  programId: number | null;
  from: number | null;
  to: number | null;
  /** Comparison families matched within desil and/or kecamatan; none: plain DiD. */
  matchBy: ('desil' | 'kecamatan')[];
}

let reportSeq = 0;

/**
 * The attached brief for the current request; a later request (another year, program or wave)
 * asked meanwhile wins. On a refusal, `undo` puts the state back and the clerk reads why.
 */
async function fetchBrief(undo: () => void): Promise<void> {
  const request = useReports.getState().briefRequest();
  try {
    const brief = await call('impact.brief', request);
    const now = useReports.getState();
    if (now.attachBrief && JSON.stringify(now.briefRequest()) === JSON.stringify(request)) useReports.setState({ brief });
  } catch (err) {
    undo();
    useApp.getState().notify('error', errorText(err));
  }
}

export const useReports = create<ReportsState>((set, get) => ({
  period: currentPeriod(),
  available: null,
  chosen: [],
  report: null,
  loading: false,
  error: null,
  notes: null,
  draft: '',
  savingNotes: false,
  attachBrief: false,
  brief: null,
  briefChoice: { programId: null, from: null, to: null, matchBy: [] },
  async setPeriod(period) {
    if (period === get().period) return;
    set({ period, available: null, chosen: [], report: null, notes: null, draft: '', brief: null });
    await Promise.all([get().load(), get().attachBrief ? get().setAttachBrief(true) : null]);
  },
  async setAttachBrief(on) {
    set({ attachBrief: on, brief: null });
    if (on) await fetchBrief(() => set({ attachBrief: false }));
  },
  async setBriefChoice(patch) {
    const previous = get().briefChoice;
    set({ briefChoice: { ...previous, ...patch } });
    // A choice the service refuses (waves out of order) is taken back; the brief shown stays.
    if (get().attachBrief) await fetchBrief(() => set({ briefChoice: previous }));
  },
  briefRequest() {
    const year = parsePeriod(get().period)?.year ?? null;
    return { ...get().briefChoice, year };
  },
  async load() {
    const seq = ++reportSeq;
    const { period } = get();
    set({ loading: true, error: null });
    try {
      const [report, notes] = await Promise.all([call('reports.quarterly', { period, programIds: null }), call('reports.notes', { period })]);
      if (seq !== reportSeq) return;
      const available = report.figures.programs;
      // Unsaved notes of this period survive a trip to another page.
      const previous = get().notes;
      const keepDraft = previous !== null && previous.period === period && get().draft !== previous.text;
      set({ report, available, chosen: available.map((p) => p.programId), notes, draft: keepDraft ? get().draft : notes.text });
    } catch (err) {
      if (seq === reportSeq) set({ error: errorText(err), report: null });
    } finally {
      if (seq === reportSeq) set({ loading: false });
    }
  },
  async toggle(programId, on) {
    const { available, chosen } = get();
    if (!available) return;
    // Keep the catalogue order of the report, whatever order the boxes were ticked in.
    const next = available.map((p) => p.programId).filter((id) => (id === programId ? on : chosen.includes(id)));
    set({ chosen: next });
    const request = get().request();
    if (request === null) {
      reportSeq++;
      set({ report: null, loading: false });
      return;
    }
    const seq = ++reportSeq;
    set({ loading: true, error: null });
    try {
      const report = await call('reports.quarterly', request);
      if (seq === reportSeq) set({ report });
    } catch (err) {
      if (seq === reportSeq) set({ error: errorText(err) });
    } finally {
      if (seq === reportSeq) set({ loading: false });
    }
  },
  setDraft(text) {
    set({ draft: text });
  },
  async saveNotes() {
    const { period, draft, notes } = get();
    if (notes !== null && notes.text === draft) return notes;
    set({ savingNotes: true });
    try {
      const saved = await call('reports.saveNotes', { period, text: draft });
      // The answer may belong to a period the clerk has left meanwhile.
      if (get().period === period) {
        const report = get().report;
        set({ notes: saved, report: report ? { ...report, notes: saved } : null });
      }
      return saved;
    } finally {
      set({ savingNotes: false });
    }
  },
  request() {
    const { period, available, chosen } = get();
    if (!available || chosen.length === 0) return null;
    return { period, programIds: chosen.length === available.length ? null : chosen };
  },
}));
