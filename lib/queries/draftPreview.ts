import 'server-only'
import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { isStaff } from '@/collections/access'
import { getPayloadClient } from './payload'

/**
 * The staff user for whom a draft may be shown, or null. Only in Next's draft mode (entered through
 * /preview by a logged-in editor), so ordinary requests never read cookies and stay cacheable.
 * Once per request: a page asks for its data and for its live-preview refresher.
 */
export const previewUser = cache(async function previewUser(): Promise<TypedUser | null> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user as never) ? user : null
})
