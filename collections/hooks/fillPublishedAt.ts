import type { CollectionBeforeChangeHook } from 'payload'

/** Readers see times to the second; the first publish stamps the moment unless an editor set one. */
export const fillPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const given =
    data.publishedAt ?? (originalDoc as { publishedAt?: string } | undefined)?.publishedAt
  if (given) {
    const date = new Date(given)
    date.setMilliseconds(0)
    return { ...data, publishedAt: date.toISOString() }
  }
  if (data._status === 'published') {
    const now = new Date()
    now.setMilliseconds(0)
    return { ...data, publishedAt: now.toISOString() }
  }
  return data
}
