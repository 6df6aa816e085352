import type { CollectionConfig, Field } from 'payload'

import { adminFieldOnly, adminsOnly } from '@/collections/access'
import { getEnv } from '@/lib/env'
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/events'
import { webhookUrlProblem } from '@/lib/webhooks/urlRules'
import { deleteDeliveriesOfWebhook, fillWebhookSecret } from './hooks'

/** Every field of a webhook is for admins only, in every operation (the secret above all). */
const adminsOnlyField = { read: adminFieldOnly, create: adminFieldOnly, update: adminFieldOnly }

const fields: Field[] = [
  {
    name: 'name',
    label: { zh: '名称', en: 'Name' },
    type: 'text',
    required: true,
    maxLength: 80,
    access: adminsOnlyField,
  },
  {
    name: 'url',
    label: { zh: '接收网址', en: 'URL' },
    type: 'text',
    required: true,
    maxLength: 2000,
    access: adminsOnlyField,
    // Read per save, so a test (or an operator) may change the setting without a new config.
    validate: (value: unknown) =>
      webhookUrlProblem(value, getEnv().WEBHOOK_ALLOW_PRIVATE_URLS) ?? true,
    admin: {
      description: {
        zh: '接收事件的 http(s) 地址;内网、本机与保留地址不可用',
        en: 'The http(s) address that receives events; private, loopback and reserved addresses are refused',
      },
    },
  },
  {
    name: 'events',
    label: { zh: '事件', en: 'Events' },
    type: 'select',
    hasMany: true,
    required: true,
    options: WEBHOOK_EVENT_TYPES.map((value) => ({ label: value, value })),
    access: adminsOnlyField,
  },
  {
    name: 'secret',
    label: { zh: '签名密钥', en: 'Signing secret' },
    type: 'text',
    maxLength: 200,
    access: adminsOnlyField,
    admin: {
      description: {
        zh: '留空则自动生成。接收方用它验证 X-Newsroom-Signature(见 docs/webhooks.md)',
        en: 'Generated when left empty. Receivers verify X-Newsroom-Signature with it (see docs/webhooks.md)',
      },
    },
  },
  {
    name: 'active',
    label: { zh: '启用', en: 'Active' },
    type: 'checkbox',
    defaultValue: true,
    index: true,
    access: adminsOnlyField,
  },
]

/**
 * Webhooks (docs/webhooks.md): where publish, update, unpublish and delete events of articles and
 * 快讯 are POSTed, signed with the webhook's secret. Admins only, in every operation.
 */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: {
    singular: { zh: 'Webhook', en: 'Webhook' },
    plural: { zh: 'Webhooks', en: 'Webhooks' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: { zh: '集成', en: 'Integrations' },
  },
  access: {
    read: adminsOnly,
    create: adminsOnly,
    update: adminsOnly,
    delete: adminsOnly,
  },
  hooks: {
    beforeChange: [fillWebhookSecret],
    beforeDelete: [deleteDeliveriesOfWebhook],
  },
  fields,
}
