import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from './access'
import { createInDefaultLocale } from './hooks/createInDefaultLocale'
import {
  revalidateFlashListsAfterChange,
  revalidateFlashListsAfterDelete,
} from './hooks/revalidateFlashes'
import { validateSlug } from '@/lib/slug'

/** The 快讯 categories (行情, 融资, 项目…): the filter chips of /flash, managed by editors. */
export const FlashCategories: CollectionConfig = {
  slug: 'flash-categories',
  labels: {
    singular: { zh: '快讯分类', en: 'Flash category' },
    plural: { zh: '快讯分类', en: 'Flash categories' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order'],
    group: { zh: '快讯', en: 'Flashes' },
  },
  defaultSort: 'order',
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeChange: [createInDefaultLocale('name')],
    afterChange: [revalidateFlashListsAfterChange],
    afterDelete: [revalidateFlashListsAfterDelete],
  },
  fields: [
    {
      name: 'name',
      label: { zh: '名称', en: 'Name' },
      type: 'text',
      localized: true,
      required: true,
      unique: true,
      maxLength: 12,
    },
    {
      name: 'slug',
      label: { zh: '网址别名', en: 'Slug' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 40,
      // `important` is the 重要 chip's own filter value, so no category may take it.
      validate: (value: unknown) =>
        value === 'important' ? '“important” 已保留 / reserved' : validateSlug(value),
    },
    {
      name: 'order',
      label: { zh: '排序', en: 'Order' },
      type: 'number',
      required: true,
      defaultValue: 100,
      index: true,
    },
  ],
}
