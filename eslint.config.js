import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint/layers.js';

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
