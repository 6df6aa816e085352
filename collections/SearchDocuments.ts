import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from './access'

/**
 * The search index (lib/search): one row per published article or 快讯 and written language, kept in
 * step by the content's hooks (lib/search/indexHooks.ts) and rebuilt by `npm run search:reindex`.
 * The token strings are what a query matches: as substrings on any database, and through an FTS5
 * table that SQLite triggers keep beside this one. Only the system writes; admins may look.
 */
export const SearchDocuments: CollectionConfig = {
  slug: 'search-documents',
  labels: {
    singular: { zh: '搜索索引条目', en: 'Search entry' },
    plural: { zh: '搜索索引', en: 'Search index' },
  },
  admin: {
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'language', 'publishedAt'],
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  indexes: [{ fields: ['kind', 'docId', 'language'], unique: true }],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: { zh: '文章', en: 'Article' }, value: 'article' },
        { label: { zh: '快讯', en: 'Flash' }, value: 'flash' },
      ],
    },
    { name: 'docId', type: 'text', required: true, index: true },
    {
      name: 'language',
      type: 'select',
      required: true,
      // zh: the Chinese text (both Chinese editions search it); en: an English version.
      options: ['zh', 'en'],
    },
    /** Newest first, unique: publishing second × 1,000,000 + a number from the row's identity. */
    { name: 'rank', type: 'number', required: true, unique: true, index: true },
    { name: 'publishedAt', type: 'date', required: true },
    { name: 'slug', type: 'text' },
    // A flash without a title has an empty one.
    { name: 'title', type: 'text' },
    /** Summary and body as plain text, for the results' snippets. */
    { name: 'text', type: 'textarea' },
    { name: 'titleTokens', type: 'textarea', required: true },
    /** Title, summary and body; see lib/search/tokens.ts. */
    { name: 'tokens', type: 'textarea', required: true },
  ],
}
