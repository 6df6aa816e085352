import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isSafeLinkUrl, UNSAFE_LINK_MESSAGE } from '@/lib/security/safeLinkUrl'

type TNode = { type?: unknown; fields?: { url?: unknown } | null; children?: unknown }

/** The first link (or autolink) at any depth whose URL could run script, if any. */
function firstUnsafeLink(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null
  const { type, fields, children } = node as TNode
  if ((type === 'link' || type === 'autolink') && !isSafeLinkUrl(fields?.url)) {
    return String(fields?.url)
  }
  if (!Array.isArray(children)) return null
  for (const child of children) {
    const unsafe = firstUnsafeLink(child)
    if (unsafe !== null) return unsafe
  }
  return null
}

/**
 * A `javascript:`, `data:` or `vbscript:` link in the body is refused (400) whatever the editor or
 * API client sent. A hook rather than a field validator: Payload skips validation for drafts, and
 * an editor opening a draft's preview must not run one either.
 */
export const refuseUnsafeLinks: CollectionBeforeChangeHook = ({ data, collection, req }) => {
  const unsafe = firstUnsafeLink((data.body as { root?: unknown } | null | undefined)?.root)
  if (unsafe === null) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'body', message: `${UNSAFE_LINK_MESSAGE}: ${unsafe.slice(0, 80)}` }],
    },
    req.t,
  )
}
