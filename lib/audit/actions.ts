/**
 * What the audit log records (collection `audit-events`). The value is stable (filters, exports);
 * the labels are what admins read.
 */
export const AUDIT_ACTIONS = {
  'login.succeeded': { zh: '登录成功', en: 'Login succeeded' },
  'login.failed': { zh: '登录失败', en: 'Login failed' },
  'user.roles-changed': { zh: '角色变更', en: 'Roles changed' },
  'user.deleted': { zh: '删除账号', en: 'Account deleted' },
  'article.published': { zh: '发布文章', en: 'Article published' },
  'article.unpublished': { zh: '撤回文章', en: 'Article unpublished' },
  'article.scheduled': { zh: '定时文章', en: 'Article scheduled' },
  'article.deleted': { zh: '删除文章', en: 'Article deleted' },
  'article.submitted': { zh: '提交审核', en: 'Article submitted for review' },
  'article.returned': { zh: '退回文章', en: 'Article returned to its author' },
  'flash.published': { zh: '发布快讯', en: '快讯 published' },
  'flash.unpublished': { zh: '撤回快讯', en: '快讯 unpublished' },
  'flash.scheduled': { zh: '定时快讯', en: '快讯 scheduled' },
  'flash.deleted': { zh: '删除快讯', en: '快讯 deleted' },
} as const

export type TAuditAction = keyof typeof AUDIT_ACTIONS

export const AUDIT_ACTION_VALUES = Object.keys(AUDIT_ACTIONS) as TAuditAction[]

/** The collections whose publishing is audited, and the prefix of their actions. */
export const AUDITED_CONTENT = { articles: 'article', flashes: 'flash' } as const
export type TAuditedCollection = keyof typeof AUDITED_CONTENT
