// The loopback server moved to electron/ (the CLI's Chromium printer serves the renderer too).
export { RENDERER_CSP as HARNESS_CSP, serveRenderer, type StaticServer } from '../../electron/reports/chromium/static-server';
