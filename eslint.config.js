import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ELECTRON = { name: 'electron', message: 'Only main/electron/** and preload/** import electron.' };

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'coverage', '.cache', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Only the thin adapters may touch Electron (see README "Architecture").
      'no-restricted-imports': ['error', { paths: [ELECTRON] }],
    },
  },
  {
    // The composition root is wiring: the host passes the embedded sandbox in (AppCoreDeps.sandbox).
    files: ['main/core/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [{ group: ['**/sandbox/*'], message: 'The host passes the sandbox in.' }] }] },
  },
  {
    // Screens share the kernel (store, bridge, errors); only the shell knows the screens.
    files: ['renderer/src/**'],
    ignores: ['renderer/src/app/**', 'renderer/src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [{ group: ['**/app/*'], message: 'Screens import renderer/src/kernel, never the shell.' }] }] },
  },
  {
    files: ['main/electron/**', 'preload/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['sandbox/cli.ts', 'webhost/cli.ts', 'bench/**', 'scripts/**', 'tests/faults/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
