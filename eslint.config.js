import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeModules = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'bench/.data/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The walls between runtimes (DESIGN.md §1): only the Electron shell and the preload see `electron`.
  {
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    ignores: ['src-main/electron/**', 'src-main/preload/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only src-main/electron and src-main/preload may import electron (DESIGN.md §1).' }],
      }],
    },
  },
  // src-shared is pure TypeScript for every process: no electron, no Node, no SQLite.
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'src-shared runs in every process: no electron.' },
          { name: 'better-sqlite3', message: 'src-shared runs in every process: no SQLite.' },
          ...nodeModules.map((name) => ({ name, message: 'src-shared runs in every process: no Node modules.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src-shared runs in every process: no node:* modules.' }],
      }],
    },
  },
  // The renderer talks to the API client only: no Node, no SQLite.
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer has no electron: use the API client.' },
          { name: 'better-sqlite3', message: 'The renderer has no SQLite: use the API client.' },
          ...nodeModules.map((name) => ({ name, message: 'The renderer runs in a sandbox: no Node modules.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'The renderer runs in a sandbox: no node:* modules.' }],
      }],
    },
  },
);
