// electron/main/printing.ts with a mocked `electron` module (the binary cannot be downloaded here):
// the report's print route in a hidden window without preload, the report handed over as data,
// printToPDF on A4 only once the page says it is drawn, and the window closed whatever happens.
import { describe, expect, it, vi } from 'vitest';
import { PRINT_HOOK_SCRIPT, PRINT_READY_SCRIPT } from '../../shared/domain/report-print';
import type { QuarterlyReport } from '../../shared/ipc/reports';

const fake = vi.hoisted(() => {
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    /** What the page answers: the print hook appears after a few polls, then readiness. */
    hookAfter = 2;
    readyAfter = 3;
    handed: unknown = null;
    destroyed = false;
    loadURL = vi.fn(async () => {});
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    webContents = {
      executeJavaScript: vi.fn(async (script: string) => {
        if (script === PRINT_HOOK_SCRIPT_) return --this.hookAfter <= 0;
        if (script === PRINT_READY_SCRIPT_) return this.handed !== null && --this.readyAfter <= 0;
        const m = /^window\.__sidampakPrint\((.*)\); true$/s.exec(script);
        if (!m) throw new Error(`unexpected script ${script}`);
        this.handed = JSON.parse(m[1]!);
        return true;
      }),
      printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Pages >> endobj\n')),
    };
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
  }
  // Filled in below (hoisted code cannot see the imports).
  let PRINT_HOOK_SCRIPT_ = '';
  let PRINT_READY_SCRIPT_ = '';
  return {
    FakeBrowserWindow,
    scripts(hook: string, ready: string) {
      PRINT_HOOK_SCRIPT_ = hook;
      PRINT_READY_SCRIPT_ = ready;
    },
  };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }));
fake.scripts(PRINT_HOOK_SCRIPT, PRINT_READY_SCRIPT);

const { electronPrinter } = await import('../../electron/main/printing');
const { RENDERER_URL } = await import('../../electron/main/window');

const report = { request: { period: '2024-Q3', programIds: null }, regencyName: 'Kabupaten Sidoarjo', notes: { text: 'Catatan "kutip" </script> \u2028' } } as unknown as QuarterlyReport;

describe('electronPrinter', () => {
  it('prints the print route of the app page in a hidden, sandboxed window and closes it', async () => {
    const pdf = await electronPrinter().print({ document: 'quarterly', report, brief: null });
    const win = fake.FakeBrowserWindow.instances.at(-1)!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(win.loadURL).toHaveBeenCalledWith(`${RENDERER_URL}#/cetak`);
    expect(win.handed).toEqual({ document: 'quarterly', report, brief: null });
    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(1);
    expect(win.webContents.printToPDF.mock.calls[0]![0]).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    // Printed only after the page said it was drawn.
    expect(win.readyAfter).toBe(0);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(win.destroyed).toBe(true);
  });

  it('closes the window when printing fails', async () => {
    const printer = electronPrinter();
    const failing = printer.print({ document: 'quarterly', report, brief: null });
    const win = fake.FakeBrowserWindow.instances.at(-1)!;
    win.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(failing).rejects.toThrow('printing failed');
    expect(win.destroyed).toBe(true);
  });
});
