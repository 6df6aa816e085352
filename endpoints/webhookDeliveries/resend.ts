import type { Endpoint } from 'payload'

import { hasRole, userOf } from '@/collections/access'
import { privateAnswers } from '@/endpoints/respond'
import { documentId } from '@/lib/db/documentId'
import { queueDelivery } from '@/lib/webhooks/enqueue'

/**
 * POST /api/webhook-deliveries/:id/resend: sends a logged delivery again (the same event id and
 * body, so a receiver that got it already can tell), through the queue with its retries. Admins
 * only. CSRF: Payload authenticates a cookie only when the request's Origin is the site's own
 * (config `csrf`), so a post from another site arrives without a user and gets 401.
 */
export const resendDeliveryEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return privateAnswers.notLoggedIn()
    if (!hasRole(user, 'admin')) return privateAnswers.error(403, '仅限管理员 / admins only')
    const raw = req.routeParams?.id
    const id = typeof raw === 'string' ? documentId(raw, req.payload) : null
    const notFound = () => privateAnswers.notFound('没有这条发送记录 / no such delivery')
    if (id === null) return notFound()
    const found = await req.payload.find({
      collection: 'webhook-deliveries',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (found.docs.length === 0) return notFound()
    await req.payload.update({
      collection: 'webhook-deliveries',
      id,
      data: { status: 'pending', lastError: null },
      overrideAccess: true,
      req,
    })
    await queueDelivery(req, id)
    return privateAnswers.json({ queued: true }, 202)
  },
}
