// One lint configuration for every workspace: typescript-eslint's recommended rules, type-aware where it pays.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // GraphQL reference resolvers and loader maps are typed loosely at the federation boundary
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'off',
    },
  },
  {
    // the contract and the kit's federation boundary are typed: no `any` there
    files: ['packages/contract/src/**/*.ts', 'packages/server-kit/src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // the public portal is typed against the schema: no `any` (its generated operations are codegen's, not ours)
    files: ['portal/**/*.ts', 'portal/**/*.tsx'],
    ignores: ['portal/src/generated/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // the console is typed against the schema (its operations generated from its .graphql files): no `any` there
    files: ['admin/src/**/*.{ts,tsx}'],
    ignores: ['admin/src/generated/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
