import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

import { isStaff } from '@/collections/access'
import { getPayloadClient } from '@/lib/queries/payload'
import { SLUG_PATTERN } from '@/lib/slug'

const ZPreviewQuerySchema = z.object({ slug: z.string().max(96).regex(SLUG_PATTERN) })

/**
 * The admin's preview button: a logged-in editor or admin enters Next's draft mode and sees the
 * draft on its real article page. Draft mode is per browser and bypasses the page cache.
 */
export async function GET(request: NextRequest) {
  const query = ZPreviewQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!query.success) return NextResponse.json({ error: 'invalid slug' }, { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) {
    const back = `/preview?slug=${query.data.slug}`
    return NextResponse.redirect(
      new URL(`/admin/login?redirect=${encodeURIComponent(back)}`, request.url),
    )
  }
  if (!isStaff(user as never)) {
    return NextResponse.json(
      { error: 'only editors and admins can preview drafts' },
      { status: 403 },
    )
  }
  ;(await draftMode()).enable()
  // next/navigation's redirect keeps the draft-mode cookie that enable() just set.
  redirect(`/articles/${query.data.slug}`)
}
