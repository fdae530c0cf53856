import { create } from 'zustand';
import type { Locale } from '../../../shared/domain/office';
import type { AppStatus } from '../../../shared/ipc/app';
import type { MessageKey } from '../../../shared/i18n';
import { call, errorText } from '../api';

export const PAGES = ['home', 'programs', 'beneficiaries', 'imports', 'disbursements', 'impact', 'reports', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export interface Toast {
  id: number;
  kind: 'success' | 'error';
  text: string;
}

interface AppState {
  status: AppStatus | null;
  loadError: string | null;
  page: Page;
  toasts: Toast[];
  /** Bumped when the whole database changed under the UI (a restore): pages remount and reload. */
  revision: number;
  load(): Promise<void>;
  databaseReplaced(status: AppStatus): void;
  setStatus(status: AppStatus): void;
  go(page: Page): void;
  setLocale(locale: Locale): Promise<void>;
  notify(kind: Toast['kind'], text: string): void;
  dismiss(id: number): void;
}

function pageFromHash(): Page {
  const hash = window.location.hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(hash) ? (hash as Page) : 'home';
}

let nextToast = 1;

export const useApp = create<AppState>((set, get) => ({
  status: null,
  loadError: null,
  page: pageFromHash(),
  toasts: [],
  revision: 0,
  databaseReplaced(status) {
    set({ status, revision: get().revision + 1 });
  },
  async load() {
    try {
      set({ status: await call('app.status', {}), loadError: null });
    } catch (err) {
      set({ loadError: errorText(err) });
    }
  },
  setStatus(status) {
    set({ status });
  },
  go(page) {
    // The hash keeps the page across a reload (F5), as users expect of a desktop app.
    if (window.location.hash !== `#/${page}`) window.location.hash = `#/${page}`;
    set({ page });
  },
  async setLocale(locale) {
    set({ status: await call('app.setLocale', { locale }) });
  },
  notify(kind, text) {
    const id = nextToast++;
    set({ toasts: [...get().toasts, { id, kind, text }] });
    setTimeout(() => get().dismiss(id), kind === 'error' ? 10_000 : 4_000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

window.addEventListener('hashchange', () => useApp.setState({ page: pageFromHash() }));

export const NAV_LABELS: Record<Page, MessageKey> = {
  home: 'nav.home',
  programs: 'nav.programs',
  beneficiaries: 'nav.beneficiaries',
  imports: 'nav.imports',
  disbursements: 'nav.disbursements',
  impact: 'nav.impact',
  reports: 'nav.reports',
  settings: 'nav.settings',
};
