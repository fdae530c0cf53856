// Lint rules, including the layer rules of DESIGN.md: shared/ imports no platform, the renderer
// reaches main only through window.api, and only the shell (electron/main, electron/preload)
// imports `electron`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'module', 'url', 'util', 'http'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'harness-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is platform-neutral: no Node modules.' },
            { group: ['electron', 'react', 'react-dom', 'better-sqlite3', 'exceljs', 'zustand'], message: 'shared/ imports no platform or UI library.' },
            { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ never imports upward.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node: use window.api.' },
            { group: ['electron', 'better-sqlite3', 'exceljs'], message: 'The renderer reaches main only through window.api.' },
            { group: ['**/electron/**', '**/test/**'], message: 'The renderer imports only shared/ and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services run in plain Node (CLI, tests): only electron/main and electron/preload import electron.' },
            { group: ['**/renderer/**', 'react', 'react-dom'], message: 'Main never imports the renderer.' },
          ],
        },
      ],
    },
  },
);
