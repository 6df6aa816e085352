import 'server-only'
import { notFound } from 'next/navigation'

import { getTabs, getTagBySlug } from '.'
import { safeDecode, ZScopeSchema } from './scope'

/** Resolves the `[scope]` segment: `all` or a known tag; anything else is a 404 page. */
export async function resolveScope(rawScope: string) {
  const scope = ZScopeSchema.safeParse(safeDecode(rawScope))
  if (!scope.success) notFound()
  const tabs = await getTabs()
  if (scope.data === 'all') return { tabs, tag: null }
  const tag = await getTagBySlug(scope.data)
  if (!tag) notFound()
  return { tabs, tag }
}
