import type { IpcMain } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc';
import type { Dispatch } from '../ipc/dispatcher';

/**
 * One `ipcMain.handle` per contract channel, all through the dispatcher, which checks the sender
 * frame. A call without a sender frame (its frame already gone) gets '' and so is refused: only
 * the CLI and tests, which never come through here, may pass `senderUrl: null`.
 */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): () => void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, (event, input: unknown) => dispatch(name, input, { senderUrl: event.senderFrame?.url ?? '' }));
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(name);
  };
}
