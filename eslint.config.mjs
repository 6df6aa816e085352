import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// Modules outside the importing file's folder are named from the root, so a file can move without
// its imports climbing ../../../ to reach the same place.
const parentImports = {
  regex: '^\\.\\./',
  message: "Import through the '@/' alias instead of '../'.",
}

const databaseImports = {
  regex: '^(@payloadcms/db-|drizzle-orm|@libsql/)',
  message: 'Database adapters are used in lib/db only (see docs/database.md).',
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'data/**',
      'media/**',
      'test-results/**',
      'dist/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      'no-restricted-imports': ['error', { patterns: [parentImports] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Database-specific code lives in lib/db (docs/database.md); everything else stays portable.
    ignores: ['lib/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [parentImports, databaseImports],
        },
      ],
    },
  },
  {
    // Portal links do not prefetch: components/portal/PageLink.tsx says why.
    files: ['app/(frontend)/**', 'components/**'],
    ignores: ['components/portal/PageLink.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Use PageLink from @/components/portal/PageLink (no prefetch).',
            },
          ],
          patterns: [parentImports, databaseImports],
        },
      ],
    },
  },
]

export default config
