import { create } from 'zustand';
import type { DemoStatus } from '../../../shared/ipc/demo';
import { call } from '../api';

interface DemoStatusState {
  status: DemoStatus | null;
  refresh(): Promise<void>;
  set(status: DemoStatus): void;
}

/** How much demo data the register holds: read by the shell's badge and the Pengaturan panel. */
export const useDemoStatus = create<DemoStatusState>((set) => ({
  status: null,
  async refresh() {
    try {
      set({ status: await call('demo.status', {}) });
    } catch {
      // Before setup there is no register to ask; the badge simply stays hidden.
      set({ status: null });
    }
  },
  set(status) {
    set({ status });
  },
}));
