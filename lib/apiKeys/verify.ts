import type { Payload } from 'payload'

import { API_KEY_PATTERN, hashApiKey } from './secret'

export type TApiKeyCheck =
  | { ok: true; id: string; allowedOrigins: string[]; rateLimitPerMinute: number }
  | { ok: false; message: string }

const INVALID = '无效或已吊销的 API 密钥 / invalid or revoked API key'

/** How often one process writes a key's lastUsedAt: the field says "about when", not every use. */
const LAST_USED_EVERY_MS = 60_000
const lastWritten = new Map<string, number>()

/**
 * The key a request sent, looked up by its hash on every request (no cache): an admin's revoke
 * (unticking 启用) or rotation holds from the next request on, in every process.
 */
export async function checkApiKey(payload: Payload, key: string): Promise<TApiKeyCheck> {
  if (!API_KEY_PATTERN.test(key)) return { ok: false, message: INVALID }
  // The system checks a secret here; the collection stays closed to everyone but admins.
  const { docs } = await payload.find({
    collection: 'api-keys',
    where: { keyHash: { equals: hashApiKey(key) } },
    select: { active: true, allowedOrigins: true, rateLimitPerMinute: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const found = docs[0]
  if (!found || found.active !== true) return { ok: false, message: INVALID }
  const id = String(found.id)
  noteUse(payload, id)
  return {
    ok: true,
    id,
    allowedOrigins: found.allowedOrigins ?? [],
    rateLimitPerMinute: found.rateLimitPerMinute ?? 600,
  }
}

/** Records lastUsedAt at most once a minute per process, after the answer (never awaited). */
function noteUse(payload: Payload, id: string) {
  const now = Date.now()
  if (now - (lastWritten.get(id) ?? 0) < LAST_USED_EVERY_MS) return
  lastWritten.set(id, now)
  void payload
    .update({
      collection: 'api-keys',
      id,
      data: { lastUsedAt: new Date(now).toISOString() },
      overrideAccess: true,
      context: { apiKeyUse: true },
    })
    .catch((error: unknown) =>
      payload.logger.warn({ msg: 'api key lastUsedAt not written', err: error }),
    )
}
