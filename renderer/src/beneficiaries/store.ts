import { create } from 'zustand';
import { EMPTY_REGISTER_QUERY, type RegisterQuery } from '../../../shared/domain/register-query';
import type { RegisterOptions } from '../../../shared/ipc/beneficiaries';
import { call } from '../api';

export type RegisterTab = 'register' | 'overlap';

/**
 * The Penerima page's state, kept while the clerk opens a family and comes back: the query, the
 * scroll position and the open family survive, so the list is where it was left.
 */
interface RegisterState {
  tab: RegisterTab;
  options: RegisterOptions | null;
  query: RegisterQuery;
  /** What the search box shows; the query follows it after a pause in typing. */
  searchText: string;
  scrollTop: number;
  familyId: number | null;
  loadOptions(): Promise<void>;
  setTab(tab: RegisterTab): void;
  setQuery(patch: Partial<RegisterQuery>): void;
  setSearchText(text: string): void;
  resetFilters(): void;
  setScrollTop(top: number): void;
  openFamily(familyId: number | null): void;
}

export const useRegister = create<RegisterState>((set, get) => ({
  tab: 'register',
  options: null,
  query: EMPTY_REGISTER_QUERY,
  searchText: '',
  scrollTop: 0,
  familyId: null,
  async loadOptions() {
    set({ options: await call('beneficiaries.options', {}) });
  },
  setTab(tab) {
    set({ tab });
  },
  setQuery(patch) {
    const query = { ...get().query, ...patch };
    // A component belongs to a program; a desa to its kecamatan.
    if (patch.programId !== undefined && patch.programId !== get().query.programId) query.component = null;
    if (patch.kecamatanCode !== undefined && patch.kecamatanCode !== get().query.kecamatanCode) query.desaCode = null;
    set({ query, scrollTop: 0 });
  },
  setSearchText(text) {
    set({ searchText: text });
  },
  resetFilters() {
    set({ query: { ...EMPTY_REGISTER_QUERY, programId: get().query.programId }, searchText: '', scrollTop: 0 });
  },
  setScrollTop(top) {
    set({ scrollTop: top });
  },
  openFamily(familyId) {
    set({ familyId });
  },
}));
