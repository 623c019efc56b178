// ESLint: a small, strict rule set (typescript-eslint's recommended + the house's own limits).
// Formatting is Prettier's job (.prettierrc.json); this file checks what a formatter cannot.
import tseslint from 'typescript-eslint';
import tact from './scripts/lint/boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      '.cache/**',
      '.test-results/**',
      'tests/fixtures/composers/*.html',
      'demo-screenshots/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { tact },
    rules: {
      'tact/boundaries': 'error',
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Readable sizes in product code: split long orchestrators into named stages.
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'server/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,js}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
