import type { FieldHook, TextFieldSingleValidation } from 'payload'

import { idOfRelation } from '@/lib/db/documentId'
import { validateSlug } from '@/lib/slug'

/**
 * The slug of an old URL as an editor may paste it: `old-slug`, `/articles/old-slug`,
 * `/en/articles/old-slug?x=1` or the whole address; kept as the bare slug, lower-cased.
 */
export function redirectSourceSlug(value: unknown): unknown {
  if (typeof value !== 'string') return value
  let path = value.trim()
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname
  } catch {
    return path
  }
  path = path.replace(/[?#].*$/, '')
  const match = /(?:^|\/)articles\/([^/]+)\/?$/.exec(path)
  const slug = match ? match[1]! : path.replace(/^\/+|\/+$/g, '')
  try {
    return decodeURIComponent(slug).toLowerCase()
  } catch {
    return slug.toLowerCase()
  }
}

export const normalizeRedirectSource: FieldHook = ({ value }) => redirectSourceSlug(value)

/**
 * A slug, and not the target article's own: that page exists, so the redirect could never be
 * followed, and recording it would only hide a loop.
 */
export const validateRedirectSource: TextFieldSingleValidation = async (
  value,
  { siblingData, req },
) => {
  const slug = validateSlug(value)
  if (slug !== true) return slug
  const target = idOfRelation((siblingData as { to?: unknown }).to)
  if (target === null) return true
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: target } }, { slug: { equals: value } }] },
    select: {},
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length === 0
    ? true
    : '这是目标文章自己的网址别名 / this is the target article’s own slug'
}
