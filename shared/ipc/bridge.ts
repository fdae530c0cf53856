import type { Api } from './index';
import { CHANNEL_NAMES, EVENT_NAMES, isChannelName, type EventName, type Events } from './names';
import type { Envelope } from './envelope';

/** How a `window.api` reaches main: Electron's ipcRenderer in the preload, a page binding in the harness. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.api` from a transport. Only contract channels and events pass; anything else is
 * answered locally with UNKNOWN_CHANNEL, so the renderer cannot reach more than the contract names.
 */
export function createApi(transport: Transport): Api {
  return Object.freeze({
    channels: Object.freeze([...CHANNEL_NAMES]),
    invoke(channel, input) {
      if (!isChannelName(channel)) {
        return Promise.resolve({ ok: false, code: 'UNKNOWN_CHANNEL', message: String(channel) } as never);
      }
      return transport.invoke(channel, input) as Promise<Envelope<never>>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event ${String(event)}`);
      return transport.subscribe(event, listener as (payload: unknown) => void);
    },
  } satisfies Api);
}
