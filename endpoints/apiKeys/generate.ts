import type { Endpoint } from 'payload'

import { privateAnswers } from '@/endpoints/respond'
import { hasRole } from '@/collections/access'
import { documentId } from '@/lib/db/documentId'
import { newApiKey } from '@/lib/apiKeys/secret'

/**
 * POST /api/api-keys/:id/generate (admins only): a new random key for the API key document,
 * replacing any earlier one at once (the old key answers 401 from the next request on). The
 * answer is the only time the key is shown; only its SHA-256 and prefix are stored.
 */
export const generateApiKeyEndpoint: Endpoint = {
  path: '/:id/generate',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return privateAnswers.notLoggedIn()
    if (!hasRole(req.user, 'admin'))
      return privateAnswers.error(403, '仅管理员可生成密钥 / only admins can generate keys')
    const id = documentId(String(req.routeParams?.id ?? ''), req.payload)
    if (id === null) return privateAnswers.notFound('没有这个 API 密钥 / no such API key')
    const existing = await req.payload.find({
      collection: 'api-keys',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      user: req.user,
    })
    if (existing.docs.length === 0)
      return privateAnswers.notFound('没有这个 API 密钥 / no such API key')
    const { key, prefix, hash } = newApiKey()
    // keyHash and keyPrefix are closed to every user (field access); only this endpoint sets them.
    await req.payload.update({
      collection: 'api-keys',
      id,
      data: { keyHash: hash, keyPrefix: prefix },
      overrideAccess: true,
      req,
    })
    return privateAnswers.json({ key, prefix })
  },
}
