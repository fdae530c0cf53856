import { create } from 'zustand';
import type { ColumnMapping } from '../../../shared/domain/imports';
import type { FileInspection, ImportPreview, ImportRequest, ImportResult } from '../../../shared/ipc/imports';

export type WizardStep = 'file' | 'sheet' | 'mapping' | 'preview' | 'result';

interface ImportWizardState {
  step: WizardStep;
  file: FileInspection | null;
  programId: number | null;
  period: string | null;
  sheet: string | null;
  mapping: ColumnMapping | null;
  preview: ImportPreview | null;
  result: ImportResult | null;
  busy: boolean;
  progress: { done: number; total: number } | null;
  taskId: string | null;
  set(patch: Partial<ImportWizardState>): void;
  reset(): void;
  request(): ImportRequest | null;
}

const initial = {
  step: 'file' as WizardStep,
  file: null,
  programId: null,
  period: null,
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
  request() {
    const { file, programId, sheet, period, mapping } = get();
    if (!file || programId === null) return null;
    return { filePath: file.filePath, programId, sheet, period, mapping };
  },
}));
