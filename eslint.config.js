import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Every Node built-in, bare and with subpaths (fs, fs/promises, stream/web…); node:* is matched apart. */
const nodeModules = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

/** Anything under src-main, however the import path reaches it. */
const srcMainPattern = { regex: '(^|/)src-main(/|$)', message: 'Only the main process imports src-main: the renderer uses the API client, src-shared is imported by both (DESIGN.md §1).' };

/** Node's globals, which neither the sandboxed renderer nor pure src-shared has. */
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'exports', 'global', 'setImmediate', 'clearImmediate'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'bench/.data/**', 'bin/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // React's rules of hooks (and the compiler's checks) wherever components live.
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // incompatible-library only says the React Compiler would skip a component; this app does not use the compiler.
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error', 'react-hooks/incompatible-library': 'off' },
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
  // src-shared is pure TypeScript for every process: no electron, no Node, no SQLite, no main-process code.
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'src-shared runs in every process: no electron.' },
          { name: 'better-sqlite3', message: 'src-shared runs in every process: no SQLite.' },
          ...nodeModules.map((name) => ({ name, message: 'src-shared runs in every process: no Node modules.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src-shared runs in every process: no node:* modules.' }, srcMainPattern],
      }],
      'no-restricted-globals': ['error', ...nodeGlobals.map((name) => ({ name, message: 'src-shared runs in every process: no Node globals.' }))],
    },
  },
  // The renderer talks to the API client only: no Node, no SQLite, no main-process code.
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer has no electron: use the API client.' },
          { name: 'better-sqlite3', message: 'The renderer has no SQLite: use the API client.' },
          ...nodeModules.map((name) => ({ name, message: 'The renderer runs in a sandbox: no Node modules.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'The renderer runs in a sandbox: no node:* modules.' }, srcMainPattern],
      }],
      'no-restricted-globals': ['error', ...nodeGlobals.map((name) => ({ name, message: 'The renderer runs in a sandbox: no Node globals (use the API client).' }))],
    },
  },
);
