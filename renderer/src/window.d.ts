import type { Api } from '../../shared/ipc';

declare global {
  interface Window {
    /** The only bridge to main: the IPC contract's channels, exposed by the preload (or the harness). */
    api: Api;
  }
}

export {};
