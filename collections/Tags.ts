import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from './access'
import { createInDefaultLocale } from './hooks/createInDefaultLocale'
import { revalidateTagsAfterChange, revalidateTagsAfterDelete } from './hooks/revalidatePortal'
import { validateSlug } from '@/lib/slug'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: { singular: { zh: '标签', en: 'Tag' }, plural: { zh: '标签', en: 'Tags' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'] },
  defaultSort: 'order',
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeChange: [createInDefaultLocale('name')],
    afterChange: [revalidateTagsAfterChange],
    afterDelete: [revalidateTagsAfterDelete],
  },
  fields: [
    {
      name: 'name',
      label: { zh: '名称', en: 'Name' },
      type: 'text',
      // Required in every locale a tag is saved in: its tab needs a name in that edition.
      localized: true,
      required: true,
      unique: true,
      maxLength: 20,
    },
    {
      name: 'slug',
      label: { zh: '网址别名', en: 'Slug' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 40,
      // `all` is the 全部 feed's own path segment (/feed/all), so no tag may take it.
      validate: (value: unknown) =>
        value === 'all' ? '“all” 已保留 / reserved' : validateSlug(value),
    },
    {
      name: 'order',
      label: { zh: '排序(标签页顺序)', en: 'Order (tab position)' },
      type: 'number',
      required: true,
      defaultValue: 100,
      index: true,
    },
    {
      name: 'description',
      label: { zh: '简介', en: 'Description' },
      type: 'textarea',
      localized: true,
    },
  ],
}
