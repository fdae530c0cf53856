// Sandboxed preload: the page gets `window.api` (the contract's channels) and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi, type Transport } from '../../shared/ipc/bridge';

const transport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe(event, listener) {
    // The IPC event object carries `sender` (ipcRenderer itself); the page must never see it.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => {
      ipcRenderer.removeListener(`event:${event}`, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', createApi(transport));
