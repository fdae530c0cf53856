import type { Session, WebContents } from 'electron';

/**
 * The renderer's policy. Everything it needs is bundled with the app, so nothing off-origin may
 * load; `data:` images only because office emblems are stored as data URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Preventable {
  url: string;
  preventDefault(): void;
}

/**
 * Keeps a webContents on the app's own page: an XSS or a stray link must not be able to turn the
 * window (which holds the preload's `window.api`) into a browser for someone else's page.
 */
export function hardenWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean): void {
  const stayHome = (event: Preventable) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayHome(event));
  contents.on('will-redirect', (event) => stayHome(event));
  // Sub-frames are not covered by 'will-navigate'; the app has none, so any frame must stay home too.
  contents.on('will-frame-navigate', (event) => stayHome(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No pop-ups and no hand-off to the system browser: the app never needs either.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every web permission (camera, notifications, USB, ...) and enforces the CSP on responses. */
export function installSessionSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
