import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '@/collections/access'
import { resendDeliveryEndpoint } from '@/endpoints/webhookDeliveries/resend'
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/events'

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const
export type TDeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * The log of webhook deliveries (lib/webhooks): one row per event and webhook, written only by
 * the system (the publishing hooks create it, the delivery job updates it); admins read it and
 * may send one again (重新发送, endpoints/webhookDeliveries/resend.ts). Rows older than 30 days
 * are deleted by the webhooks queue (lib/webhooks/cleanup.ts).
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { zh: 'Webhook 发送记录', en: 'Webhook delivery' },
    plural: { zh: 'Webhook 发送记录', en: 'Webhook deliveries' },
  },
  admin: {
    useAsTitle: 'eventType',
    defaultColumns: ['eventType', 'webhook', 'docSlug', 'status', 'attempts', 'createdAt'],
    group: { zh: '集成', en: 'Integrations' },
  },
  defaultSort: '-createdAt',
  access: {
    read: adminsOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [resendDeliveryEndpoint],
  indexes: [{ fields: ['status', 'createdAt'] }],
  fields: [
    {
      name: 'resend',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/ResendDelivery.client#ResendDelivery' },
      },
    },
    {
      name: 'webhook',
      label: { zh: 'Webhook', en: 'Webhook' },
      type: 'relationship',
      relationTo: 'webhooks',
      required: true,
      index: true,
    },
    {
      name: 'eventType',
      label: { zh: '事件', en: 'Event' },
      type: 'select',
      options: WEBHOOK_EVENT_TYPES.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'eventId',
      label: { zh: '事件 ID', en: 'Event ID' },
      type: 'text',
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'docId',
          label: { zh: '文档 ID', en: 'Document ID' },
          type: 'text',
          required: true,
        },
        { name: 'docSlug', label: { zh: '网址别名', en: 'Slug' }, type: 'text' },
      ],
    },
    { name: 'url', label: { zh: '页面网址', en: 'Page URL' }, type: 'text', required: true },
    {
      name: 'occurredAt',
      label: { zh: '事件时间', en: 'Event time' },
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: { zh: '等待发送', en: 'Pending' }, value: 'pending' },
        { label: { zh: '成功', en: 'Succeeded' }, value: 'succeeded' },
        { label: { zh: '失败', en: 'Failed' }, value: 'failed' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'attempts',
          label: { zh: '尝试次数', en: 'Attempts' },
          type: 'number',
          defaultValue: 0,
          min: 0,
        },
        {
          name: 'lastStatus',
          label: { zh: '最近 HTTP 状态', en: 'Last HTTP status' },
          type: 'number',
        },
      ],
    },
    {
      name: 'lastError',
      label: { zh: '最近错误', en: 'Last error' },
      type: 'text',
      maxLength: 300,
    },
    {
      name: 'lastAttemptAt',
      label: { zh: '最近尝试', en: 'Last attempt' },
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
