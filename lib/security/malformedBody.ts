import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { UPLOAD_BODY_LIMIT_BYTES, UPLOAD_FILE_LIMIT_BYTES } from './bodyLimit'

/**
 * Multipart bodies that Payload's own parsing (addDataAndFileToRequest, used by the REST and
 * GraphQL routes) fails on with a 500: without a boundary it accepts, with a part header its
 * parser calls malformed, cut short, or with a `_payload` field (the admin's form data) that is
 * not JSON. Its parser is run on a copy of the body first, with the limits payload.config.ts gives
 * it; a failure it would answer with a 4xx itself (too large, no file name) is left to it.
 * (A JSON body it cannot parse is already a 400 on REST; boundedGraphqlPost.ts does GraphQL's.)
 */

const PARSED_METHODS = new Set(['POST', 'PUT', 'PATCH'])

/** payload.config.ts's `upload` (lib/security/bodyLimit.ts). */
const UPLOAD_OPTIONS = {
  limits: { fileSize: UPLOAD_FILE_LIMIT_BYTES },
  requestSizeLimit: UPLOAD_BODY_LIMIT_BYTES,
}

export const isJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status

/** Why Payload could not read this request's multipart body, or null. */
export async function malformedBodyProblem(request: Request): Promise<string | null> {
  if (!PARSED_METHODS.has(request.method) || !request.body) return null
  if (!(request.headers.get('content-type') ?? '').includes('multipart/')) return null
  const copy = request.clone()
  const trial = Object.assign(copy, { payload: { config: { upload: UPLOAD_OPTIONS } } })
  try {
    await addDataAndFileToRequest(trial as unknown as PayloadRequest)
    return null
  } catch (error) {
    const status = statusOf(error)
    if (typeof status === 'number' && status < 500) return null
    const reason = error instanceof Error ? error.message : String(error)
    return `无法读取表单数据 / the multipart body could not be read: ${reason}`
  }
}
