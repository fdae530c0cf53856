import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeSmallCsv } from '../fixtures/workbooks';
import { SIDOARJO_PROFILE, tempApp, type TempApp } from '../support/temp-app';

let app: TempApp | null = null;
afterEach(() => app?.dispose());

describe('files the window may have main read', () => {
  it('refuses paths the user did not choose in main dialog, and allows the chosen one', async () => {
    let answer: string | null = null;
    app = tempApp({ restrictFiles: true, dialogs: { openFile: async () => answer, saveFile: async () => null } });
    const dispatch = (channel: string, input: unknown) => app!.dispatch(channel, input, { senderUrl: null });
    expect((await dispatch('settings.completeSetup', { regencyCode: '35.15', profile: SIDOARJO_PROFILE })).ok).toBe(true);
    const programId = (app.svc().db.prepare("SELECT id FROM programs WHERE code = 'SEMBAKO'").get() as { id: number }).id;
    const file = writeSmallCsv(join(app.dir, 'usulan.csv'), ';');
    const request = { filePath: file, programId, sheet: null, period: null, mapping: null };

    for (const [channel, input] of [
      ['imports.inspect', { filePath: file }],
      ['imports.preview', request],
      ['imports.commit', { ...request, taskId: 't1' }],
      ['imports.saveErrorWorkbook', request],
    ] as const) {
      const reply = await dispatch(channel, input);
      expect(reply.ok, channel).toBe(false);
      if (!reply.ok) {
        expect(reply.code).toBe('FILE_NOT_GRANTED');
        expect(reply.message).toContain('Pilih berkas');
      }
    }
    expect(app.svc().db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });

    answer = file;
    const picked = await dispatch('imports.pickFile', {});
    expect(picked.ok).toBe(true);
    const preview = await dispatch('imports.preview', request);
    expect(preview.ok).toBe(true);
    // Another path stays refused after one file was chosen.
    const other = await dispatch('imports.inspect', { filePath: join(app.dir, 'sidampak.db') });
    expect(other.ok ? 'ok' : other.code).toBe('FILE_NOT_GRANTED');
  });

  it('leaves the CLI and in-process callers unrestricted by default', async () => {
    app = tempApp();
    const file = writeSmallCsv(join(app.dir, 'usulan.csv'), ',');
    const reply = await app.dispatch('imports.inspect', { filePath: file }, { senderUrl: null });
    expect(reply.ok).toBe(true);
  });
});
