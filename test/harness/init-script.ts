// Runs in the page before the app (Playwright addInitScript): builds `window.api` exactly as the
// Electron preload does, but over a page binding to the real dispatcher in the test process.
import { createApi } from '../../shared/ipc/bridge';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __sidampakInvoke(channel: string, input: unknown): Promise<unknown>;
    __sidampakEmit(event: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<Listener>>();

window.__sidampakEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

Object.defineProperty(window, 'api', {
  value: createApi({
    invoke: (channel, input) => window.__sidampakInvoke(channel, input),
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  }),
  writable: false,
  configurable: false,
});
