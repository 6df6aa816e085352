import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/collections/access'
import { normalizeRedirectSource, validateRedirectSource } from './hooks/checkRedirect'
import { revalidateRedirectAfterChange, revalidateRedirectAfterDelete } from './hooks/revalidate'

/**
 * An article's old URLs: `/articles/<from>` (in every edition) answers 301 to the article's
 * current page. Recorded by the article hooks when a published slug changes
 * (collections/Articles/hooks/recordSlugRedirects.ts); editors can add, change and remove them in
 * the admin. The target is the article itself, not its slug, so a chain of renames (A → B → C)
 * leads every old URL straight to the article's page. Followed only where no published article
 * has the slug (the portal looks one up on a miss). Staff only: the list names articles' past
 * slugs, drafts' among them.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: {
    singular: { zh: '网址跳转', en: 'Redirect' },
    plural: { zh: '网址跳转', en: 'Redirects' },
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'updatedAt'],
    listSearchableFields: ['from'],
    description: {
      zh: '文章的旧网址:访问 /articles/旧别名 会以 301 跳转到该文章现在的页面(各语言版本均适用)。修改已发布文章的网址别名时自动记录。',
      en: "An article's old URLs: /articles/<old slug> answers 301 to the article's current page, in every edition. Recorded automatically when a published article's slug changes.",
    },
  },
  defaultSort: '-updatedAt',
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: {
    afterChange: [revalidateRedirectAfterChange],
    afterDelete: [revalidateRedirectAfterDelete],
  },
  fields: [
    {
      name: 'from',
      label: { zh: '旧网址别名', en: 'Old slug' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 96,
      validate: validateRedirectSource,
      hooks: { beforeValidate: [normalizeRedirectSource] },
      admin: {
        description: {
          zh: '旧网址 /articles/ 之后的部分,如 old-title-k3x9q2ab(也可粘贴整个网址)',
          en: 'The part of the old URL after /articles/, e.g. old-title-k3x9q2ab (or paste the whole URL)',
        },
      },
    },
    {
      name: 'to',
      label: { zh: '跳转到文章', en: 'Leads to article' },
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
    },
  ],
}
