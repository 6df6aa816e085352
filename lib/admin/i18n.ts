import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { Config } from 'payload'

/**
 * Strings of our own admin pieces (the body editor's table items, the way back to the portal),
 * looked up as `newsroom:<key>` with `i18n.t`.
 */
export const newsroomTranslations = {
  zh: {
    newsroom: {
      table: '表格',
      insertTable: '插入表格',
      tableRows: '行数',
      tableColumns: '列数',
      backToPortal: '返回首页',
      readerNoAdmin: '后台仅供编辑部使用。',
      apiKeySaveFirst: '请先保存，再生成密钥。',
      apiKeyGenerate: '生成密钥',
      apiKeyRotate: '重新生成密钥（旧密钥立即失效）',
      apiKeyShownOnce: '请立即复制并妥善保存：此密钥只显示这一次，之后无法再查看。',
      apiKeyCopy: '复制',
      apiKeyCopied: '已复制',
      apiKeyFailed: '生成失败',
      apiKeyUsage: '调用方在请求头 X-Api-Key 中发送此密钥。',
      resendDelivery: '重新发送',
      resendQueued: '已加入发送队列，几秒后刷新可见结果。',
      resendFailed: '重新发送失败',
      scheduled: '定时发布',
      scheduledUnpublish: '定时下线',
      reviewSubmit: '提交审核',
      reviewSaveFirst: '请先保存草稿，再提交审核。',
      reviewWaiting: '已提交审核，等待编辑处理。',
      reviewContributorHint: '撰稿人不能发布：写好后保存草稿并提交审核，由编辑发布。',
      reviewNoteLabel: '退回说明（作者可见）',
      reviewReturn: '退回',
      reviewNoteRequired: '请填写退回说明。',
      reviewFailed: '操作失败',
      reviewQueueTitle: '待审核',
      reviewQueueEmpty: '没有待审核的文章。',
      reviewReturnedTitle: '已退回的稿件',
      reviewUntitled: '（无标题）',
      seoPreview: '搜索结果与分享预览',
      seoShareCard: '分享卡片',
      seoClipped: '标题或描述过长：搜索结果中「…」之后的部分不会显示。',
    },
  },
  en: {
    newsroom: {
      table: 'Table',
      insertTable: 'Insert table',
      tableRows: 'Rows',
      tableColumns: 'Columns',
      backToPortal: 'Back to the portal',
      readerNoAdmin: 'The admin is for the newsroom only.',
      apiKeySaveFirst: 'Save first, then generate the key.',
      apiKeyGenerate: 'Generate key',
      apiKeyRotate: 'Generate a new key (the old one stops working at once)',
      apiKeyShownOnce: 'Copy it now and keep it safe: the key is shown only this once.',
      apiKeyCopy: 'Copy',
      apiKeyCopied: 'Copied',
      apiKeyFailed: 'Could not generate',
      apiKeyUsage: 'Clients send it in the X-Api-Key request header.',
      resendDelivery: 'Send again',
      resendQueued: 'Queued; reload in a few seconds to see the result.',
      resendFailed: 'Could not send again',
      scheduled: 'Publishes',
      scheduledUnpublish: 'Unpublishes',
      reviewSubmit: 'Submit for review',
      reviewSaveFirst: 'Save the draft first, then submit it.',
      reviewWaiting: 'Submitted; waiting for an editor.',
      reviewContributorHint:
        'Contributors do not publish: save the draft and submit it; an editor publishes it.',
      reviewNoteLabel: 'Note for the author',
      reviewReturn: 'Return to author',
      reviewNoteRequired: 'Write a note for the author.',
      reviewFailed: 'Could not do that',
      reviewQueueTitle: 'Awaiting review',
      reviewQueueEmpty: 'No articles are awaiting review.',
      reviewReturnedTitle: 'Returned to you',
      reviewUntitled: '(untitled)',
      seoPreview: 'Search result and share preview',
      seoShareCard: 'Share card',
      seoClipped: 'Title or description too long: search results cut it at the “…”.',
    },
  },
} as const

/**
 * Payload's own strings said our way. Articles and 快讯 autosave (lib/admin/livePreview.ts), and
 * the status beside the buttons is the editor's only sign that typing was kept: Payload's
 * 「上次保存 … 之前」 reads like a manual save, so it says 已自动保存 instead.
 */
const payloadOverrides = {
  zh: { version: { lastSavedAgo: '已自动保存 · {{distance}}前' } },
  en: { version: { lastSavedAgo: 'Autosaved · {{distance}} ago' } },
} as const

export type TNewsroomKey = `newsroom:${keyof (typeof newsroomTranslations)['zh']['newsroom']}`

/**
 * Chinese first: it is the fallback Payload uses when the user has chosen no language (the
 * browser's own wish is dropped, see lib/admin/adminLanguage.ts); English stays selectable.
 */
export const adminI18n = {
  supportedLanguages: { zh, en },
  fallbackLanguage: 'zh',
  translations: {
    zh: { ...newsroomTranslations.zh, ...payloadOverrides.zh },
    en: { ...newsroomTranslations.en, ...payloadOverrides.en },
  },
} satisfies Config['i18n']
