// The Electron shell with a mocked `electron` module (the binary cannot be downloaded here): every
// contract channel registered, the sender check effective, security options set, navigation and
// new windows refused, the preload exposing only `window.api`, and start-up wiring it all together.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { IpcMain, Session, WebContents } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { registerIpc } from '../../electron/main/ipc';
import { CONTENT_SECURITY_POLICY, hardenWebContents, installSessionSecurity } from '../../electron/main/security';
import {
  RENDERER_URL,
  isRendererUrl,
  rendererFile,
  rendererResponse,
  windowOptions,
} from '../../electron/main/window';
import { errorMessage } from '../../shared/i18n';
import { CHANNEL_NAMES, type Api } from '../../shared/ipc';
import { tempApp } from '../support/temp-app';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    fire(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }

  class FakeWebContents extends Emitter {
    send = vi.fn();
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeBrowserWindow extends Emitter {
    static instances: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    constructor(readonly options: unknown) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
  }

  class FakeIpcMain {
    handlers = new Map<string, Listener>();
    handle(name: string, handler: Listener) {
      // Electron throws on a second handler for the same channel; so must the fake.
      if (this.handlers.has(name)) throw new Error(`second handler for ${name}`);
      this.handlers.set(name, handler);
    }
    removeHandler(name: string) {
      this.handlers.delete(name);
    }
  }

  const state = { userData: '', appPath: '' };
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn(() => state.userData),
    getAppPath: vi.fn(() => state.appPath),
  });
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  };
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    session,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: [] })), on: vi.fn(), removeListener: vi.fn() },
  };
  return { state, electron, FakeWebContents, FakeBrowserWindow, FakeIpcMain };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidampak-shell-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function ipcEvent(url: string | null) {
  return { senderFrame: url === null ? null : { url } };
}

describe('registerIpc', () => {
  it('registers exactly the contract channels and removes them again', () => {
    const ipc = new fake.FakeIpcMain();
    const unregister = registerIpc(ipc as unknown as IpcMain, async () => ({ ok: true, value: null }));
    expect(new Set(ipc.handlers.keys())).toEqual(new Set(CHANNEL_NAMES));
    expect(ipc.handlers.size).toBe(CHANNEL_NAMES.length);
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('refuses frames other than the renderer and serves the renderer through the dispatcher', async () => {
    const app = tempApp({ isTrustedSender: isRendererUrl });
    try {
      const ipc = new fake.FakeIpcMain();
      registerIpc(ipc as unknown as IpcMain, app.dispatch);
      const status = ipc.handlers.get('app.status')!;
      for (const url of ['https://example.com/', 'file:///tmp/index.html', 'app://evil/index.html', '', null]) {
        await expect(status(ipcEvent(url), {})).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
      }
      await expect(status({}, {})).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
      const reply = await status(ipcEvent(RENDERER_URL), {});
      expect(reply).toMatchObject({ ok: true, value: { setupComplete: false, dbPath: app.dbFile } });
      // A client-side route of the same origin is still the app.
      await expect(status(ipcEvent('app://sidampak/index.html#/programs'), { extra: 1 })).resolves.toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
      });
    } finally {
      app.dispose();
    }
  });
});

describe('windowOptions', () => {
  it('turns on every isolation option and starts hidden', () => {
    const options = windowOptions('/app/dist/preload/preload.cjs');
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(options).toMatchObject({ title: 'Sidampak', show: false });
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new fake.FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, isRendererUrl);
    return contents;
  }
  function attempt(contents: InstanceType<typeof fake.FakeWebContents>, name: string, url: string): boolean {
    const event = { url, preventDefault: vi.fn() };
    contents.fire(name, event);
    return event.preventDefault.mock.calls.length > 0;
  }

  it('prevents navigation and redirects away from the app page', () => {
    const contents = hardened();
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(attempt(contents, name, 'https://example.com/'), name).toBe(true);
      expect(attempt(contents, name, 'file:///etc/passwd'), name).toBe(true);
      expect(attempt(contents, name, 'app://sidampak.example.com/index.html'), name).toBe(true);
      expect(attempt(contents, name, RENDERER_URL), name).toBe(false);
    }
  });

  it('denies new windows and webviews', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: RENDERER_URL })).toEqual({ action: 'deny' });
    expect(attempt(contents, 'will-attach-webview', RENDERER_URL)).toBe(true);
  });
});

describe('installSessionSecurity', () => {
  it('denies permissions and adds the CSP to responses', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    installSessionSecurity(session as unknown as Session);

    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as Listener;
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as Listener;
    expect(check({}, 'clipboard-read', RENDERER_URL, {})).toBe(false);
    expect((session.setDevicePermissionHandler.mock.calls[0]![0] as Listener)({})).toBe(false);

    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as Listener;
    const callback = vi.fn();
    onHeaders({ url: RENDERER_URL, responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

describe('app:// renderer protocol', () => {
  const root = tempDir();
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Sidampak</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  const rendererDir = join(root, 'renderer');

  it('maps only paths inside the renderer folder', () => {
    expect(rendererFile(rendererDir, 'app://sidampak/')).toBe(join(rendererDir, 'index.html'));
    expect(rendererFile(rendererDir, 'app://sidampak/assets/app.js?v=1#x')).toBe(join(rendererDir, 'assets', 'app.js'));
    // The URL parser already folds encoded dot segments, so this stays inside the folder.
    expect(rendererFile(rendererDir, 'app://sidampak/%2e%2e/secret.txt')).toBe(join(rendererDir, 'secret.txt'));
    expect(rendererFile(rendererDir, 'app://sidampak/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(rendererFile(rendererDir, 'app://sidampak/%E0%A4%A')).toBeNull();
    expect(rendererFile(rendererDir, 'app://other/index.html')).toBeNull();
    expect(rendererFile(rendererDir, 'file:///index.html')).toBeNull();
  });

  it('answers with the file, its type and the CSP, or 404', async () => {
    const page = await rendererResponse(rendererDir, RENDERER_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Sidampak</title>');
    const script = await rendererResponse(rendererDir, 'app://sidampak/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await rendererResponse(rendererDir, 'app://sidampak/%2e%2e/secret.txt')).status).toBe(404);
    expect((await rendererResponse(rendererDir, 'app://sidampak/missing.js')).status).toBe(404);
  });
});

describe('preload', () => {
  it("exposes only 'api', whose invoke passes contract channels and stops the rest", async () => {
    const { contextBridge, ipcRenderer } = fake.electron;
    await import('../../electron/preload/preload');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Api];
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['channels', 'invoke', 'on']);
    expect([...api.channels].sort()).toEqual([...CHANNEL_NAMES].sort());

    await expect(api.invoke('programs.list', { includeInactive: false })).resolves.toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('programs.list', { includeInactive: false });

    ipcRenderer.invoke.mockClear();
    const refused = await api.invoke('fs.readFile' as never, { path: '/etc/passwd' } as never);
    expect(refused).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers event payloads without the IPC event object and unsubscribes', async () => {
    const { contextBridge, ipcRenderer } = fake.electron;
    await import('../../electron/preload/preload');
    const api = contextBridge.exposeInMainWorld.mock.calls[0]![1] as unknown as Api;
    const listener = vi.fn();
    const off = api.on('task.progress', listener);
    const [channel, wrapped] = ipcRenderer.on.mock.calls[0] as unknown as [string, Listener];
    expect(channel).toBe('event:task.progress');
    const payload = { taskId: 't1', label: 'Impor', done: 1, total: 2 };
    wrapped({ sender: ipcRenderer }, payload);
    expect(listener).toHaveBeenCalledWith(payload);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('event:task.progress', wrapped);
  });
});

describe('main start-up', () => {
  const { app, ipcMain, protocol, dialog, Menu, session } = fake.electron;

  beforeEach(() => {
    app.listeners.clear();
    ipcMain.handlers.clear();
    fake.FakeBrowserWindow.instances.length = 0;
    vi.clearAllMocks();
    vi.resetModules();
    app.requestSingleInstanceLock.mockReturnValue(true);
    fake.state.appPath = tempDir();
    fake.state.userData = tempDir();
    delete process.env.SIDAMPAK_DB;
  });

  it('on ready opens the database, registers every channel, secures the session and shows the app page', async () => {
    const dbFile = join(tempDir(), 'data', 'sidampak.db');
    process.env.SIDAMPAK_DB = dbFile;
    const rendererDir = join(fake.state.appPath, 'dist', 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sidampak</title>');

    await import('../../electron/main/main');
    // Before 'ready': the lock, the sandbox switch and the scheme privileges (Chromium reads them once).
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'id-ID');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);

    app.fire('ready');
    const [window] = fake.FakeBrowserWindow.instances;
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(window!.options).toEqual(windowOptions(join(fake.state.appPath, 'dist', 'preload', 'preload.cjs')));
    expect(window!.loadURL).toHaveBeenCalledWith(RENDERER_URL);
    expect(window!.show).not.toHaveBeenCalled();
    window!.fire('ready-to-show');
    expect(window!.show).toHaveBeenCalled();

    expect(new Set(ipcMain.handlers.keys())).toEqual(new Set(CHANNEL_NAMES));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    const [scheme, serve] = protocol.handle.mock.calls[0] as unknown as [string, (r: { url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await serve({ url: RENDERER_URL })).status).toBe(200);

    const status = ipcMain.handlers.get('app.status')!;
    await expect(status(ipcEvent(RENDERER_URL), {})).resolves.toMatchObject({ ok: true, value: { dbPath: dbFile } });
    await expect(status(ipcEvent('https://example.com/'), {})).resolves.toMatchObject({ code: 'FORBIDDEN_SENDER' });

    // Every webContents created later (devtools, a print window) is hardened too.
    const contents = new fake.FakeWebContents();
    app.fire('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    // SQLite removes the WAL file when the last connection closes: proof the database was closed.
    expect(existsSync(`${dbFile}-wal`)).toBe(true);
    app.fire('will-quit');
    expect(ipcMain.handlers.size).toBe(0);
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });

  it('sends push events to the main window and stops cleanly', async () => {
    const { startApp } = await import('../../electron/main/main');
    const dbFile = join(tempDir(), 'sidampak.db');
    const running = startApp({ dbFile, backupDir: join(tempDir(), 'backups'), appPath: fake.state.appPath, devTools: false });
    try {
      const progress = { taskId: 't1', label: 'Impor', done: 3, total: 10 };
      running.core.ctx.emit('task.progress', progress);
      const window = running.window as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
      expect(window.webContents.send).toHaveBeenCalledWith('event:task.progress', progress);
      const menu = Menu.buildFromTemplate.mock.calls[0]![0] as { label?: string; submenu?: { role?: string }[] }[];
      const roles = menu.flatMap((item) => item.submenu ?? []).map((item) => item.role);
      expect(roles).toContain('quit');
      expect(roles).not.toContain('toggleDevTools');
    } finally {
      running.stop();
    }
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('shows the Indonesian message and exits when the database is from a newer version', async () => {
    const dbFile = join(tempDir(), 'newer.db');
    const db = new Database(dbFile);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    process.argv.push('--db', dbFile);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { launch } = await import('../../electron/main/main');
      expect(launch()).toBeNull();
      expect(log).toHaveBeenCalled();
    } finally {
      process.argv.splice(-2, 2);
      log.mockRestore();
    }
    const expected = errorMessage('id', 'DATABASE_NEWER', { found: LATEST_SCHEMA_VERSION + 5, supported: LATEST_SCHEMA_VERSION });
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Sidampak tidak dapat dibuka', expect.stringContaining(expected));
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('leaves at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../electron/main/main');
    expect(app.quit).toHaveBeenCalled();
    expect(app.listeners.has('ready')).toBe(false);
  });

  it('puts the database in user data, with a development suffix outside a packaged build', async () => {
    const { resolveDbFile, backupDirFor } = await import('../../electron/main/main');
    const base = { argv: ['electron', '.'], env: {}, userData: '/profil/Sidampak', cwd: '/kantor' };
    expect(resolveDbFile({ ...base, packaged: true })).toBe(join('/profil/Sidampak', 'sidampak.db'));
    expect(resolveDbFile({ ...base, packaged: false })).toBe(join('/profil/Sidampak', 'sidampak-dev.db'));
    expect(resolveDbFile({ ...base, packaged: true, env: { SIDAMPAK_DB: 'env.db' } })).toBe(join('/kantor', 'env.db'));
    const flagged = { ...base, packaged: true, env: { SIDAMPAK_DB: 'env.db' } };
    expect(resolveDbFile({ ...flagged, argv: ['sidampak', '--db', '/x/a.db'] })).toBe(join('/x', 'a.db'));
    expect(resolveDbFile({ ...flagged, argv: ['sidampak', '--db=/x/b.db'] })).toBe(join('/x', 'b.db'));
    expect(backupDirFor(join('/x', 'a.db'))).toBe(join('/x', 'backups'));
  });
});
