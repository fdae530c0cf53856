import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Plain Vite (no React plugin: esbuild's automatic JSX runtime is enough, and keeps the toolchain small).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // Inline assets would need 'unsafe-inline'/data: in the CSP for scripts; keep them as files.
    assetsInlineLimit: 0,
  },
});
