// Lint rules for the library, its tests, scripts and benchmarks. Formatting is Prettier's job
// (npm run format); these rules catch mistakes, not style.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'custom-elements.json',
      'bench/.tmp/',
      '.scratch/',
      'examples/**/node_modules/',
      'examples/**/dist/',
      'examples/**/.astro/',
      'examples/**/_site/',
      '.pack/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests use chai's property assertions (`expect(x).to.be.true`), loose casts to reach
    // internals, and feed elements hostile attribute values on purpose.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'lit/attribute-value-entities': 'off',
    },
  },
);
