import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import {
  eventTypeOf,
  portalUrlOf,
  type TWebhookChange,
  type TWebhookSourceCollection,
} from './events'
import { DELIVER_TASK, WEBHOOKS_QUEUE } from './queue'

/**
 * Queues one delivery per active webhook subscribed to the event: a log row (webhook-deliveries)
 * and a job on the webhooks queue, both in the transaction of the change, so a change that rolls
 * back sends nothing. Nothing is sent here: a slow receiver never delays a publish.
 */
export async function enqueueWebhookEvent(
  req: PayloadRequest,
  collection: TWebhookSourceCollection,
  change: TWebhookChange,
  doc: { id: string | number; slug?: string | null },
): Promise<number> {
  const type = eventTypeOf(collection, change)
  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: true } }, { events: { in: [type] } }] },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (webhooks.length === 0) return 0
  const event = {
    eventType: type,
    eventId: randomUUID(),
    docId: String(doc.id),
    docSlug: doc.slug ?? null,
    url: portalUrlOf(getEnv().SITE_URL, collection, doc),
    occurredAt: new Date().toISOString(),
  }
  for (const webhook of webhooks) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: { ...event, webhook: webhook.id, status: 'pending', attempts: 0 },
      overrideAccess: true,
      req,
    })
    await queueDelivery(req, delivery.id)
  }
  return webhooks.length
}

/** A job that sends (or sends again) one logged delivery. */
export const queueDelivery = (req: PayloadRequest, delivery: string | number) =>
  req.payload.jobs.queue({
    task: DELIVER_TASK,
    queue: WEBHOOKS_QUEUE,
    input: { delivery: String(delivery) },
    overrideAccess: true,
    req,
  })
