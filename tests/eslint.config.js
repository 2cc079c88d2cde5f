// ESLint flat config (kept under tests/ so the project's top level stays as agreed; run with -c).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/.output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Layer rules: each arrow in docs/architecture.md, enforced.
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      {
        group: ['react', 'react-dom', 'react-*', 'zustand', 'zustand/*', 'idb', '@codemirror/view'],
        message: 'core is pure: no React, zustand, idb or DOM.',
      },
      {
        group: ['**/storage/**', '**/state/**', '**/ui/**'],
        message: 'core never imports storage, state or ui.',
      },
    ]),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: restrict([
      { group: ['react', 'react-dom', 'zustand', 'zustand/*'], message: 'storage has no React or zustand.' },
      { group: ['**/state/**', '**/ui/**'], message: 'storage never imports state or ui.' },
    ]),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: restrict(
      [{ group: ['**/ui/**', '**/storage/idb-*'], message: 'state sees only storage interfaces.' }],
      ['react', 'react-dom', 'idb', 'zustand', 'zustand/react'].map((name) => ({
        name,
        message: 'state uses zustand/vanilla only; no React, no idb.',
      })),
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['idb', '**/storage/**'], message: 'UI never talks to IndexedDB: go through state.' },
    ]),
  },
  {
    // Tests and the benchmark run in Node and hand functions to the browser (page.evaluate): both sets of globals.
    files: ['tests/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
