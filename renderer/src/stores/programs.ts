import { create } from 'zustand';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { ProgramDetail } from '../../../shared/ipc/programs';
import { call } from '../api';

interface ProgramsState {
  list: ProgramSummary[];
  includeInactive: boolean;
  selected: ProgramDetail | null;
  loading: boolean;
  load(): Promise<void>;
  setIncludeInactive(value: boolean): Promise<void>;
  select(id: number | null): Promise<void>;
  /** After a save: refresh the list and show the saved program. */
  saved(detail: ProgramDetail): Promise<void>;
}

export const usePrograms = create<ProgramsState>((set, get) => ({
  list: [],
  includeInactive: false,
  selected: null,
  loading: false,
  async load() {
    set({ loading: true });
    try {
      set({ list: await call('programs.list', { includeInactive: get().includeInactive }) });
    } finally {
      set({ loading: false });
    }
  },
  async setIncludeInactive(value) {
    set({ includeInactive: value });
    await get().load();
  },
  async select(id) {
    set({ selected: id === null ? null : await call('programs.get', { id }) });
  },
  async saved(detail) {
    set({ selected: detail });
    await get().load();
  },
}));
