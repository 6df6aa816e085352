import type { CollectionConfig } from 'payload'

import {
  keepSearchIndexAfterChange,
  keepSearchIndexAfterDelete,
} from '@/collections/hooks/keepSearchIndex'

import { publishedOrStaff, staffOnly } from '@/collections/access'
import { deleteVotesOfFlash } from '@/collections/hooks/deleteDependents'
import { rememberLiveState } from '@/collections/hooks/liveState'
import { sendWebhooksAfterChange, sendWebhooksAfterDelete } from '@/collections/hooks/sendWebhooks'
import { createInDefaultLocale } from '@/collections/hooks/createInDefaultLocale'
import { auditPublishing } from '@/collections/hooks/auditPublishing'
import { fillPublishedAt } from '@/collections/hooks/fillPublishedAt'
import {
  revalidateFlashAfterChange,
  revalidateFlashAfterDelete,
} from '@/collections/hooks/revalidateFlashes'
import { flashEndpoints } from '@/endpoints/flashes'
import { publishedAtField } from '@/collections/fields/publishedAt'
import { scheduledColumn } from '@/collections/fields/scheduled'
import { seoFields } from '@/collections/fields/seo'
import { revealShareImageOnPublish } from './hooks/revealShareImage'
import { validateHttpUrl } from '@/lib/validateUrl'
import { flashLivePreview, autosavedDrafts, previewPath } from '@/lib/admin/livePreview'
import { keepVoteTallies } from './hooks/keepVoteTallies'
import { recordPricesAtPublish } from './hooks/recordPricesAtPublish'
import { validateFlashText } from './localizedText'

/** Publishing, unpublishing and deleting, in the audit log (collection audit-events). */
const auditFlashes = auditPublishing('flashes')

/** The most a 快讯 says: a short item, not an article. */
export const FLASH_TEXT_MAX = 500
export const FLASH_TITLE_MAX = 80

/**
 * 快讯: short, timestamped items, newest first. The form is built to publish in seconds: the text
 * first, everything else optional with defaults (the time is the moment of publishing). Reads and
 * writes as for articles: visitors and readers see published flashes only; staff write.
 */
export const Flashes: CollectionConfig = {
  slug: 'flashes',
  labels: { singular: { zh: '快讯', en: 'Flash' }, plural: { zh: '快讯', en: 'Flashes' } },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['publishedAt', 'important', 'text', '_status', 'scheduled'],
    listSearchableFields: ['text', 'title'],
    pagination: { defaultLimit: 50 },
    group: { zh: '快讯', en: 'Flashes' },
    // Opens the draft on its permalink through Next's draft mode (app/(frontend)/preview).
    preview: (doc) => (doc?.id ? previewPath({ flash: String(doc.id) }) : null),
    // Live preview: the real page beside the form, refreshed after each autosave.
    livePreview: flashLivePreview,
    // Autosave drops Payload's leave warning; this keeps it while typing is not yet saved.
    components: {
      edit: {
        beforeDocumentControls: ['/components/admin/LeaveWarning.client#LeaveWarning'],
        // Payload drops a 发布修改 click made while an autosave is in flight; this publishes after it.
        PublishButton: '/components/admin/PublishAfterAutosave.client#PublishAfterAutosave',
      },
    },
  },
  defaultSort: '-updatedAt',
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  },
  versions: {
    drafts: autosavedDrafts,
    maxPerDoc: 20,
  },
  indexes: [{ fields: ['_status', 'publishedAt'] }, { fields: ['important', 'publishedAt'] }],
  // 利好 / 利空; matched before Payload's own `/:id` routes, so `votes` is never read as a flash ID.
  endpoints: flashEndpoints,
  hooks: {
    beforeChange: [
      createInDefaultLocale('text'),
      fillPublishedAt,
      recordPricesAtPublish,
      keepVoteTallies,
      rememberLiveState('flashes'),
    ],
    afterChange: [
      revealShareImageOnPublish,
      revalidateFlashAfterChange,
      keepSearchIndexAfterChange('flash'),
      sendWebhooksAfterChange('flashes'),
      auditFlashes.afterChange,
    ],
    beforeDelete: [deleteVotesOfFlash],
    afterDelete: [
      revalidateFlashAfterDelete,
      keepSearchIndexAfterDelete('flash'),
      sendWebhooksAfterDelete('flashes'),
      auditFlashes.afterDelete,
    ],
  },
  fields: [
    {
      name: 'text',
      label: { zh: '内容', en: 'Text' },
      type: 'textarea',
      localized: true,
      validate: validateFlashText,
      maxLength: FLASH_TEXT_MAX,
      admin: {
        rows: 5,
        description: {
          zh: `纯文本,最多 ${FLASH_TEXT_MAX} 字;其中的网址会显示为链接`,
          en: `Plain text, up to ${FLASH_TEXT_MAX} characters; URLs in it are linked`,
        },
      },
    },
    {
      name: 'title',
      label: { zh: '标题(可选)', en: 'Title (optional)' },
      type: 'text',
      localized: true,
      maxLength: FLASH_TITLE_MAX,
    },
    {
      name: 'important',
      label: { zh: '重要', en: 'Important' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'coins',
          label: { zh: '相关币种', en: 'Coins' },
          type: 'relationship',
          relationTo: 'coins',
          hasMany: true,
          index: true,
          admin: { width: '50%' },
        },
        {
          name: 'categories',
          label: { zh: '分类', en: 'Categories' },
          type: 'relationship',
          relationTo: 'flash-categories',
          hasMany: true,
          index: true,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'source',
      label: { zh: '来源', en: 'Source' },
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              label: { zh: '来源名称', en: 'Name' },
              type: 'text',
              maxLength: 80,
              admin: { width: '40%' },
            },
            {
              name: 'url',
              label: { zh: '来源链接', en: 'URL' },
              type: 'text',
              maxLength: 500,
              validate: validateHttpUrl,
              admin: { width: '60%' },
            },
          ],
        },
      ],
    },
    publishedAtField,
    scheduledColumn,
    {
      name: 'pricesAtPublish',
      label: { zh: '发布时价格', en: 'Prices at publishing' },
      type: 'json',
      // Recorded by recordPricesAtPublish for 发布后涨跌; not in the form: the admin's JSON
      // editor (Monaco) loads its script from a CDN, which the admin's CSP and offline hosts refuse.
      admin: { hidden: true },
    },
    {
      name: 'votes',
      label: { zh: '投票', en: 'Votes' },
      type: 'group',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          zh: '读者的利好 / 利空票数,只由投票更新',
          en: 'Readers’ bullish / bearish votes, changed by voting only',
        },
      },
      fields: [
        {
          name: 'bullish',
          label: { zh: '利好', en: 'Bullish' },
          type: 'number',
          defaultValue: 0,
          min: 0,
        },
        {
          name: 'bearish',
          label: { zh: '利空', en: 'Bearish' },
          type: 'number',
          defaultValue: 0,
          min: 0,
        },
      ],
    },
    // Folded away: the compact form stays a few steps (docs/editors.md, 发布快讯).
    {
      type: 'collapsible',
      label: { zh: '搜索与分享', en: 'Search and sharing' },
      admin: { initCollapsed: true },
      fields: [
        seoFields({
          titlePath: 'title',
          descriptionPath: 'text',
          pathPrefix: '/flash/',
        }),
      ],
    },
  ],
}
