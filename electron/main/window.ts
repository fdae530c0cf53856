import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type MenuItemConstructorOptions,
  type Protocol,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The renderer is served from `app://sidampak/` rather than file://: a file:// page may read any
 * local file and cannot receive a CSP header, while this origin serves only dist/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sidampak';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The app's own pages: any path of our origin (client-side routes included), nothing else. */
export function isRendererUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Must run before 'ready': Chromium reads scheme privileges once, at start-up. */
export function registerRendererScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and an origin of its own; secure: treated like https (no mixed-content
    // downgrade); corsEnabled + supportFetchAPI: Vite's `<script type="module" crossorigin>` loads.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** The file under rendererDir a request asks for, or null when it would step outside it. */
export function rendererFile(rendererDir: string, requestUrl: string): string | null {
  if (!isRendererUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  const root = resolve(rendererDir);
  const file = resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || file.includes('\0')) return null;
  return file;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Answers one `app://` request from rendererDir, with the CSP on the response itself. */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const file = rendererFile(rendererDir, requestUrl);
  if (!file) return new Response('Not found', { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Sidampak',
    width: 1280,
    height: 800,
    // Below this the register tables and the report form no longer fit side by side.
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show' so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Names and addresses are mostly regional words; the English/Indonesian checker only adds noise.
      spellcheck: false,
    },
  };
}

export function createMainWindow(options: { preloadPath: string; url?: string }): BrowserWindow {
  const mainWindow = new BrowserWindow(windowOptions(options.preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow.show());
  void mainWindow.loadURL(options.url ?? RENDERER_URL);
  return mainWindow;
}

/** A short Indonesian menu: only what a data-entry window needs (editing keys, zoom, quit). */
export function applicationMenu(platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    // macOS puts Quit/Hide in the app-name menu and expects it to exist.
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        separator,
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { role: 'resetZoom', label: 'Ukuran Asli' },
        { role: 'zoomIn', label: 'Perbesar' },
        { role: 'zoomOut', label: 'Perkecil' },
        separator,
        { role: 'togglefullscreen', label: 'Layar Penuh' },
        ...(devTools
          ? [separator, { role: 'reload', label: 'Muat Ulang' }, { role: 'toggleDevTools', label: 'Alat Pengembang' }]
          : []),
      ] as MenuItemConstructorOptions[],
    },
  ];
}
