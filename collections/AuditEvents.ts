import type { CollectionConfig } from 'payload'

import { AUDIT_ACTIONS, AUDIT_ACTION_VALUES } from '@/lib/audit/actions'
import { adminFieldOnly, adminsOnly, nobody, nobodyField } from './access'

const adminFieldRead = { read: adminFieldOnly, create: nobodyField, update: nobodyField }

/**
 * Who did what and when: logins, role changes, account deletions and the publishing of articles
 * and 快讯 (lib/audit/record.ts writes them from the hooks). Admins read it in the admin, with
 * Payload's list filters; nobody, admins included, can write, change or delete an event over the
 * API: the log is only worth something if it cannot be tidied up. Passwords, tokens and bodies
 * are never written. Events older than AUDIT_RETENTION_DAYS (≥ 90) are deleted.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: {
    singular: { zh: '审计记录', en: 'Audit event' },
    plural: { zh: '审计日志', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actorEmail', 'targetLabel', 'clientAddress'],
    listSearchableFields: ['actorEmail', 'targetLabel', 'targetId'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '登录、角色变更、删除账号以及文章和快讯的发布、撤回、定时和删除。只读。',
      en: 'Logins, role changes, account deletions, and publishing, unpublishing, scheduling and deleting of articles and 快讯. Read-only.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      label: { zh: '操作', en: 'Action' },
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTION_VALUES.map((value) => ({ value, label: AUDIT_ACTIONS[value] })),
      access: adminFieldRead,
    },
    {
      name: 'actor',
      label: { zh: '操作人', en: 'By' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: adminFieldRead,
    },
    {
      // Kept as text too: the account may be deleted later, and a failed login has no account.
      name: 'actorEmail',
      label: { zh: '操作人邮箱', en: 'By (email)' },
      type: 'text',
      maxLength: 200,
      access: adminFieldRead,
    },
    {
      name: 'targetCollection',
      label: { zh: '对象类型', en: 'Target type' },
      type: 'text',
      maxLength: 64,
      access: adminFieldRead,
    },
    {
      name: 'targetId',
      label: { zh: '对象 ID', en: 'Target id' },
      type: 'text',
      maxLength: 64,
      index: true,
      access: adminFieldRead,
    },
    {
      name: 'targetLabel',
      label: { zh: '对象', en: 'Target' },
      type: 'text',
      maxLength: 200,
      access: adminFieldRead,
    },
    {
      name: 'details',
      label: { zh: '详情', en: 'Details' },
      type: 'json',
      access: adminFieldRead,
    },
    {
      name: 'clientAddress',
      label: { zh: '来源地址', en: 'Client address' },
      type: 'text',
      maxLength: 64,
      access: adminFieldRead,
    },
  ],
  timestamps: true,
}
