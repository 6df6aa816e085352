import { randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

/** A secret left empty is generated: 32 random bytes, hex. */
export const fillWebhookSecret: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const given = typeof data.secret === 'string' ? data.secret.trim() : ''
  const kept = typeof originalDoc?.secret === 'string' ? originalDoc.secret : ''
  return {
    ...data,
    secret: given || (data.secret === undefined && kept) || randomBytes(32).toString('hex'),
  }
}

/** A webhook's delivery log goes with it (the relation is required). */
export const deleteDeliveriesOfWebhook: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: id } },
    overrideAccess: true,
    req,
  })
}
