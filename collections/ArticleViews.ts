import type { CollectionConfig } from 'payload'

import { articleViewEndpoints } from '@/endpoints/articleViews'
import { adminsOnly, nobody } from './access'

/**
 * 热门: how often each article was read, one row per article and hour (`hour`: hours since the
 * Unix epoch, the same number on every adapter). Written only by the server: the view counter
 * (lib/hot/viewCounter.ts) adds its in-memory counts in batches with overrideAccess, and rows
 * older than the longest window are pruned (docs/hot.md). Admins may read them.
 */
export const ArticleViews: CollectionConfig = {
  slug: 'article-views',
  labels: {
    singular: { zh: '文章阅读数', en: 'Article views' },
    plural: { zh: '文章阅读数', en: 'Article views' },
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['article', 'hour', 'count'],
    group: { zh: '文章', en: 'Articles' },
  },
  defaultSort: '-hour',
  access: {
    read: adminsOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: articleViewEndpoints,
  indexes: [{ fields: ['article', 'hour'], unique: true }],
  fields: [
    {
      name: 'article',
      label: { zh: '文章', en: 'Article' },
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
    },
    {
      name: 'hour',
      label: { zh: '小时(自 1970 年起)', en: 'Hour (since 1970)' },
      type: 'number',
      required: true,
      index: true,
    },
    {
      name: 'count',
      label: { zh: '阅读数', en: 'Views' },
      type: 'number',
      required: true,
      min: 0,
    },
  ],
}
