import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import layers from './eslint/layers.js';

const network = 'A screen never talks to the network: call the server through src/sync (e.g. memberServer, the sync engine).';

export default tseslint.config(
  { ignores: ['dist/', 'android/', 'ios/', 'node_modules/', 'coverage/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { steward: { rules: { layers } }, 'react-hooks': reactHooks },
    rules: {
      'steward/layers': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // No import cycles in the app (docs/ARCHITECTURE.md): a cycle is a layer rule broken within a layer,
    // and it makes module start-up order (and Rollup's chunks) depend on which file happens to load first.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // A promise is awaited, or fired on purpose with `void` (and then handles its own failure); never dropped by accident.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Time order is text order for ISO dates, times and ids; the first localeCompare in a page costs a phone ~50 ms.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]",
          message:
            "Order ISO dates, times and ids with compareIso (src/domain/dates.ts); order people's words with localeCompare(other, 'en-GB').",
        },
      ],
    },
  },
  {
    // A screen never talks to the network (docs/ARCHITECTURE.md): it calls the server through src/sync.
    files: ['src/features/**', 'src/ui/**', 'src/app/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'EventSource', 'WebSocket'].map((name) => ({ name, message: network })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({ object, property: 'fetch', message: network })),
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/sync', '**/sync/api'], importNames: ['SyncApi'], message: network }] }],
    },
  },
  {
    files: ['test/**', 'eslint/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    // E2e tests wait on the app through test/e2e/app.ts's `until`, whose timeout suits a busy machine.
    files: ['test/e2e/**'],
    ignores: ['test/e2e/app.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='expect'][property.name='poll']",
          message: "Wait with until() from './app' (expect.poll's 1 s default fails on a busy machine).",
        },
      ],
    },
  },
);
