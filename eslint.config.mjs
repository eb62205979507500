// ESLint flat config: typescript-eslint's recommended rules over every TypeScript source.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'test/out/**', 'node_modules/**', '.vscode-test/**', 'bench/out/**', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The server and the analysis core must never depend on the editor.
    files: ['server/**/*.ts', 'catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The server never imports vscode.' }] }],
    },
  },
  {
    // The server reads untrusted logs: every regular expression in it must run in linear time
    // (CONTRIBUTING.md, "Teach the scanner a new log format"). 'potential' also reports shapes
    // that need a rejecting suffix, which a hostile log supplies.
    files: ['server/**/*.ts', 'catalog/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
    },
  },
  {
    files: ['client/media/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
