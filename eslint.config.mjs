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

// Portal links do not prefetch: components/portal/PageLink.tsx says why.
const nextLinkPath = {
  name: 'next/link',
  message: 'Use PageLink from @/components/portal/PageLink (no prefetch).',
}

// Client components get their text as props from a server parent: next-intl in the browser would
// ship its ICU message parser to every phone (lib/i18n/messages.ts, lib/i18n/format.ts).
const clientIntlPaths = ['next-intl', 'next-intl/server'].map((name) => ({
  name,
  message:
    'Client components take their text as props (TMessages[namespace]) and fill {values} with formatMessage from @/lib/i18n/format.',
}))

// OpenCC's dictionaries (~1 MB) convert content for the 繁體 edition on the server, inside the
// cached reads; a client component importing them would ship them to every phone.
const clientConversionPaths = ['@/lib/i18n/traditional', '@/lib/queries/editions'].map((name) => ({
  name,
  message: 'Content is converted on the server, in the reads (lib/queries).',
}))
const clientConversionImports = {
  regex: '^opencc-js',
  message: 'Content is converted on the server, in the reads (lib/queries).',
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
          paths: [nextLinkPath],
          patterns: [parentImports, databaseImports],
        },
      ],
    },
  },
  {
    // Last, so it wins for these files: an object's no-restricted-imports replaces the earlier
    // ones' (flat config does not merge a rule's options), hence every restriction is repeated.
    // The error boundary is a client component without the .client suffix (Next names it).
    files: ['**/*.client.tsx', 'app/(frontend)/error.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [nextLinkPath, ...clientIntlPaths, ...clientConversionPaths],
          patterns: [parentImports, databaseImports, clientConversionImports],
        },
      ],
    },
  },
]

export default config
