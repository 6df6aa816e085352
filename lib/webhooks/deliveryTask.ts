import type { PayloadRequest, TaskConfig } from 'payload'

import { getEnv } from '@/lib/env'
import type { WebhookDelivery, Webhook } from '@/payload-types'
import { eventBody, type TWebhookEvent } from './events'
import { DELIVER_TASK, DELIVERY_BACKOFF_MS, DELIVERY_RETRIES, DELIVERY_TRIES } from './queue'
import { sendWebhook, type TSendResult } from './send'

/** The event a logged delivery carries, rebuilt byte for byte on every try. */
export const eventOfDelivery = (delivery: WebhookDelivery): TWebhookEvent => ({
  type: delivery.eventType,
  id: delivery.docId,
  slug: delivery.docSlug ?? null,
  url: delivery.url,
  time: new Date(delivery.occurredAt).toISOString(),
})

type TOutcome = { status: 'succeeded' | 'failed' | 'pending'; result: TSendResult }

async function tryDelivery(
  req: PayloadRequest,
  delivery: WebhookDelivery,
  tryOfJob: number,
): Promise<TOutcome> {
  const webhook = typeof delivery.webhook === 'object' ? (delivery.webhook as Webhook) : undefined
  const result: TSendResult =
    !webhook || !webhook.active
      ? { ok: false, error: 'webhook is inactive or deleted', retry: false }
      : await sendWebhook({
          url: webhook.url,
          body: eventBody(eventOfDelivery(delivery)),
          secret: webhook.secret ?? '',
          eventId: delivery.eventId,
          allowPrivate: getEnv().WEBHOOK_ALLOW_PRIVATE_URLS,
        })
  const status = result.ok
    ? 'succeeded'
    : !result.retry || tryOfJob >= DELIVERY_TRIES
      ? 'failed'
      : 'pending'
  await req.payload.update({
    collection: 'webhook-deliveries',
    id: delivery.id,
    data: {
      status,
      attempts: (delivery.attempts ?? 0) + 1,
      lastStatus: result.status ?? null,
      lastError: result.ok ? null : result.error,
      lastAttemptAt: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
  return { status, result }
}

/**
 * Sends one logged delivery. A failure worth retrying throws, so that Payload's queue tries again
 * after its backoff; the last try, a refused URL or a deleted webhook end the job with the
 * delivery marked failed (nothing is left in the queue with an error).
 */
export const deliverWebhookTask: TaskConfig<{
  input: { delivery: string }
  output: { status: string }
}> = {
  slug: DELIVER_TASK,
  label: 'Deliver a webhook event',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: {
    attempts: DELIVERY_RETRIES,
    backoff: { type: 'exponential', delay: DELIVERY_BACKOFF_MS },
  },
  handler: async ({ input, job, req }) => {
    const delivery = await req.payload
      .findByID({
        collection: 'webhook-deliveries',
        id: input.delivery,
        depth: 1,
        overrideAccess: true,
        req,
      })
      .catch(() => undefined)
    // Deleted meanwhile (its webhook was deleted, or the log was cleaned): nothing to send.
    if (!delivery) return { output: { status: 'gone' } }
    const { status, result } = await tryDelivery(req, delivery, (job.totalTried ?? 0) + 1)
    if (status === 'pending' && !result.ok) throw new Error(result.error)
    return { output: { status } }
  },
}
