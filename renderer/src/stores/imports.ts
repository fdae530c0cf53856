import { create } from 'zustand';
import type { ColumnMapping, ListKind } from '../../../shared/domain/imports';
import type { FileInspection, ImportPreview, ImportRequest, ImportResult } from '../../../shared/ipc/imports';
import { useApp } from './app';

export type WizardStep = 'file' | 'sheet' | 'mapping' | 'preview' | 'result';

/** What another page fills in before sending the clerk to the wizard (the Penyaluran page: a disbursement list of a program's tahap). */
export interface WizardPreset {
  kind: ListKind;
  programId: number | null;
  period: string | null;
  /** A survey file's wave (the Dampak page's "Impor nilai survei" of one wave). */
  waveId?: number | null;
}


interface ImportWizardState {
  step: WizardStep;
  /** A beneficiary list for the register, or a bank/PT Pos disbursement list (needs a period). */
  kind: ListKind;
  file: FileInspection | null;
  programId: number | null;
  period: string | null;
  /** The survey wave a survey file measures (kind 'survey' only). */
  waveId: number | null;
  sheet: string | null;
  mapping: ColumnMapping | null;
  preview: ImportPreview | null;
  result: ImportResult | null;
  busy: boolean;
  /** The running import: the phase main reports (null before its first report), rows or units done of total. */
  progress: { phase: string | null; done: number; total: number } | null;
  taskId: string | null;
  set(patch: Partial<ImportWizardState>): void;
  reset(): void;
  /** Starts the wizard afresh with the list kind, program and period chosen, and opens the Impor page. */
  begin(preset: WizardPreset): void;
  request(): ImportRequest | null;
}

const initial = {
  step: 'file' as WizardStep,
  kind: 'register' as ListKind,
  file: null,
  programId: null,
  period: null,
  waveId: null as number | null,
  sheet: null,
  mapping: null,
  preview: null,
  result: null,
  busy: false,
  progress: null,
  taskId: null,
};

/** The import wizard's state: kept while the clerk moves between pages, cleared by "Impor berkas lain". */
export const useImportWizard = create<ImportWizardState>((set, get) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set(initial),
  begin(preset) {
    // A running import keeps its state: the clerk sees it on the Impor page rather than losing it.
    if (!get().busy) set({ ...initial, kind: preset.kind, programId: preset.programId, period: preset.period, waveId: preset.waveId ?? null });
    useApp.getState().go('imports');
  },
  request() {
    const { file, programId, sheet, period, mapping, kind, waveId } = get();
    if (!file) return null;
    if (kind === 'statistics') return { filePath: file.filePath, sheet, period: null, mapping, kind };
    if (kind === 'survey') return waveId === null ? null : { filePath: file.filePath, sheet, period: null, mapping, kind, waveId };
    if (programId === null) return null;
    return { filePath: file.filePath, programId, sheet, period, mapping, kind };
  },
}));
