import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../support/temp-app';

// The smallest valid PNG: a 1×1 transparent pixel.
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let app: TempApp;
afterEach(() => app.dispose());

describe('app.saveImage', () => {
  it('writes the PNG where main’s save dialog says, and nothing when the user cancels', async () => {
    const answers: (string | null)[] = [];
    app = tempApp({ dialogs: { openFile: async () => null, saveFile: async () => answers.shift() ?? null } });
    const target = join(app.dir, 'grafik.png');
    answers.push(target);
    const saved = await app.dispatch('app.saveImage', { dataUrl: `data:image/png;base64,${PIXEL}`, suggestedName: 'grafik p0' }, { senderUrl: null });
    expect(saved).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target).subarray(1, 4).toString()).toBe('PNG');

    const cancelled = await app.dispatch('app.saveImage', { dataUrl: `data:image/png;base64,${PIXEL}`, suggestedName: 'grafik' }, { senderUrl: null });
    expect(cancelled).toEqual({ ok: true, value: null });
  });

  it('refuses bytes that are not a PNG and names that could be paths', async () => {
    const answers = ['should-not-be-used.png'];
    app = tempApp({ dialogs: { openFile: async () => null, saveFile: async () => answers.shift() ?? null } });
    const fake = Buffer.from('<svg/>').toString('base64');
    const reply = await app.dispatch('app.saveImage', { dataUrl: `data:image/png;base64,${fake}`, suggestedName: 'grafik' }, { senderUrl: null });
    expect(reply).toMatchObject({ ok: false, code: 'IMAGE_INVALID' });
    expect(answers).toHaveLength(1);
    const path = await app.dispatch('app.saveImage', { dataUrl: `data:image/png;base64,${PIXEL}`, suggestedName: '../../etc/x' }, { senderUrl: null });
    expect(path).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(existsSync(join(app.dir, 'should-not-be-used.png'))).toBe(false);
  });
});
