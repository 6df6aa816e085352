import type { CollectionConfig } from 'payload'

import {
  keepSearchIndexAfterChange,
  keepSearchIndexAfterDelete,
} from '@/collections/hooks/keepSearchIndex'

import {
  articleCreate,
  articleDelete,
  articleRead,
  articleUpdate,
  newsroomFieldOnly,
  staffFieldOnly,
  staffOnly,
} from '@/collections/access'
import {
  revalidateArticleAfterChange,
  revalidateArticleAfterDelete,
} from '@/collections/hooks/revalidatePortal'
import { articleBodyEditor } from './bodyEditor'
import { rememberLiveState } from '@/collections/hooks/liveState'
import { sendWebhooksAfterChange, sendWebhooksAfterDelete } from '@/collections/hooks/sendWebhooks'
import { auditPublishing } from '@/collections/hooks/auditPublishing'
import { createInDefaultLocale } from '@/collections/hooks/createInDefaultLocale'
import { fillByline } from './hooks/fillByline'
import {
  deleteBookmarksOfArticle,
  deleteViewsOfArticle,
} from '@/collections/hooks/deleteDependents'
import { fillPublishedAt } from '@/collections/hooks/fillPublishedAt'
import { articleSlugFor, keepSlugStable } from './hooks/keepSlugStable'
import { refuseUnsafeLinks } from './hooks/refuseUnsafeLinks'
import {
  deleteRedirectsToArticle,
  recordSlugRedirects,
  rememberPublishedSlug,
} from './hooks/recordSlugRedirects'
import { revealMediaOnPublish } from './hooks/revealMediaOnPublish'
import { validateBody, validateSummary, validateTitle } from './localizedText'
import { MAX_AUTHORS, validateStaffAuthors } from './validateStaffAuthors'
import { relatedArticlesField } from './relatedArticles'
import { reviewFields } from './reviewFields'
import { clearReviewOnPublish } from './hooks/clearReviewOnPublish'
import { contributorSavesAreDrafts } from './hooks/contributorSavesAreDrafts'
import { articleReviewEndpoint } from '@/endpoints/articles/review'
import { publishedAtField } from '@/collections/fields/publishedAt'
import { scheduledColumn } from '@/collections/fields/scheduled'
import { seoFields } from '@/collections/fields/seo'
import { validateSlug } from '@/lib/slug'
import { validateHttpUrl } from '@/lib/validateUrl'
import { articleLivePreview, autosavedDrafts, previewPath } from '@/lib/admin/livePreview'

/** Publishing, unpublishing and deleting, in the audit log (collection audit-events). */
const auditArticles = auditPublishing('articles')

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      '_status',
      'reviewState',
      'scheduled',
      'authors',
      'tags',
      'publishedAt',
    ],
    listSearchableFields: ['title', 'slug'],
    pagination: { defaultLimit: 25 },
    // Opens the draft on its real page through Next's draft mode (app/(frontend)/preview).
    preview: (doc) => (doc?.slug ? previewPath({ slug: String(doc.slug) }) : null),
    // Live preview: the real page beside the form, refreshed after each autosave.
    livePreview: articleLivePreview,
    // Autosave drops Payload's leave warning; this keeps it while typing is not yet saved.
    components: {
      edit: {
        beforeDocumentControls: ['/components/admin/LeaveWarning.client#LeaveWarning'],
        // Payload drops a 发布修改 click made while an autosave is in flight; this publishes after it.
        PublishButton: '/components/admin/PublishAfterAutosave.client#PublishAfterAutosave',
      },
    },
  },
  // The admin list: last change first, so a new draft is on the first page (portal reads sort
  // explicitly by publishedAt).
  defaultSort: '-updatedAt',
  // Contributors write their own drafts and submit them for review (collections/access.ts).
  access: {
    read: articleRead,
    readVersions: staffOnly,
    create: articleCreate,
    update: articleUpdate,
    delete: articleDelete,
  },
  // 提交审核 and 退回 (lib/review/states.ts).
  endpoints: [articleReviewEndpoint],
  versions: {
    drafts: autosavedDrafts,
    maxPerDoc: 50,
  },
  // The portal's main read: newest published first. The tag + time and coin + time indexes
  // depend on how each database stores hasMany relations; see lib/db/mongoIndexes.ts.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  hooks: {
    beforeOperation: [contributorSavesAreDrafts],
    beforeChange: [
      clearReviewOnPublish,
      createInDefaultLocale('title'),
      refuseUnsafeLinks,
      fillPublishedAt,
      fillByline,
      rememberLiveState('articles'),
      rememberPublishedSlug,
    ],
    afterChange: [
      revealMediaOnPublish,
      recordSlugRedirects,
      revalidateArticleAfterChange,
      keepSearchIndexAfterChange('article'),
      sendWebhooksAfterChange('articles'),
      auditArticles.afterChange,
    ],
    beforeDelete: [deleteBookmarksOfArticle, deleteViewsOfArticle, deleteRedirectsToArticle],
    afterDelete: [
      revalidateArticleAfterDelete,
      keepSearchIndexAfterDelete('article'),
      sendWebhooksAfterDelete('articles'),
      auditArticles.afterDelete,
    ],
  },
  fields: [
    // First, so the review state, the note and 提交审核 / 退回 head the sidebar.
    ...reviewFields,
    {
      name: 'title',
      label: { zh: '标题', en: 'Title' },
      type: 'text',
      localized: true,
      required: true,
      validate: validateTitle,
      maxLength: 120,
    },
    {
      name: 'slug',
      label: { zh: '网址别名', en: 'Slug' },
      type: 'text',
      // Not `required`: the hook below fills it, and validateSlug refuses an empty value.
      unique: true,
      index: true,
      maxLength: 96,
      validate: validateSlug,
      hooks: { beforeValidate: [keepSlugStable] },
      // Payload's slug input: locked, and 解锁 → 生成 shows the slug the title gives before saving.
      custom: {
        slugify: ({ valueToSlugify }: { valueToSlugify?: unknown }) =>
          articleSlugFor(valueToSlugify),
      },
      admin: {
        position: 'sidebar',
        components: {
          Field: { path: '@payloadcms/next/client#SlugField', clientProps: { useAsSlug: 'title' } },
        },
        description: {
          zh: '留空则保存时自动生成:标题中的英文单词加短编号,纯中文标题为「日期-编号」(如 20261205-k3x9q2)。点「解锁」再点「生成」可先预览;发布后修改时,旧网址会自动 301 跳转到新网址',
          en: 'Generated on save when empty: the Latin words of the title plus a short id, or date-id for an all-Chinese title (e.g. 20261205-k3x9q2). Unlock, then Generate, to preview; once published, a changed slug keeps the old URL as a 301 redirect',
        },
      },
    },
    {
      name: 'summary',
      label: { zh: '摘要', en: 'Summary' },
      type: 'textarea',
      localized: true,
      required: true,
      validate: validateSummary,
      maxLength: 400,
    },
    {
      name: 'cover',
      label: { zh: '封面', en: 'Cover' },
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'body',
      label: { zh: '正文', en: 'Body' },
      type: 'richText',
      localized: true,
      required: true,
      validate: validateBody,
      editor: articleBodyEditor,
    },
    {
      name: 'tags',
      label: { zh: '标签', en: 'Tags' },
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'coins',
      label: { zh: '相关币种', en: 'Coins' },
      type: 'relationship',
      relationTo: 'coins',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    relatedArticlesField,
    {
      name: 'authors',
      label: { zh: '作者', en: 'Authors' },
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      minRows: 1,
      maxRows: MAX_AUTHORS,
      defaultValue: ({ user }) => (user ? [user.id] : undefined),
      // The admin offers newsroom accounts only; the validator refuses any other on every save.
      filterOptions: { roles: { in: ['admin', 'editor', 'contributor'] } },
      validate: validateStaffAuthors,
      // Accounts are private; readers get the byline instead. A contributor is always among the
      // authors of their own articles (the field's default), and can neither add nor remove one.
      access: { read: newsroomFieldOnly, create: staffFieldOnly, update: staffFieldOnly },
      // The order is the byline's (hooks/fillByline.ts): editors drag the first author up.
      admin: { position: 'sidebar', isSortable: true },
    },
    {
      name: 'byline',
      label: { zh: '署名', en: 'Byline' },
      type: 'text',
      maxLength: 60,
      admin: {
        position: 'sidebar',
        description: {
          zh: '留空则使用作者的显示名称(多位作者按顺序以「、」连接)',
          en: "Defaults to the authors' display names, in order, joined by 、",
        },
      },
    },
    {
      name: 'source',
      label: { zh: '来源', en: 'Source' },
      type: 'group',
      fields: [
        { name: 'name', label: { zh: '来源名称', en: 'Name' }, type: 'text', maxLength: 80 },
        {
          name: 'url',
          label: { zh: '来源链接', en: 'URL' },
          type: 'text',
          maxLength: 500,
          validate: validateHttpUrl,
        },
      ],
    },
    publishedAtField,
    scheduledColumn,
    {
      name: 'featured',
      label: { zh: '头条', en: 'Featured (headline)' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      // Which story leads the portal is the desk's call, not a contributor's.
      access: { create: staffFieldOnly, update: staffFieldOnly },
      admin: { position: 'sidebar' },
    },
    seoFields({
      titlePath: 'title',
      descriptionPath: 'summary',
      imagePath: 'cover',
      pathPrefix: '/articles/',
      pathField: 'slug',
    }),
  ],
}
