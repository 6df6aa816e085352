import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

import { isStaff } from '@/collections/access'
import { getPayloadClient } from '@/lib/queries/payload'
import { SLUG_PATTERN } from '@/lib/slug'

/** An article by its slug, or a 快讯 by its id (lib/admin/livePreview.ts writes both). */
const ZPreviewQuerySchema = z.union([
  z.object({ slug: z.string().max(96).regex(SLUG_PATTERN) }),
  z.object({ flash: z.string().regex(/^[0-9a-zA-Z]{1,32}$/) }),
])

type TPreviewQuery = z.infer<typeof ZPreviewQuerySchema>

const queryOf = (target: TPreviewQuery) =>
  'slug' in target ? `slug=${target.slug}` : `flash=${target.flash}`

const pageOf = (target: TPreviewQuery) =>
  'slug' in target ? `/articles/${target.slug}` : `/flash/${target.flash}`

/**
 * The admin's preview button and live preview frame: a logged-in editor or admin enters Next's
 * draft mode and sees the draft on its real page. Draft mode is per browser and bypasses the page
 * cache and nginx (lib/cachePolicy.ts: this path and the draft-mode cookie).
 */
export async function GET(request: NextRequest) {
  const query = ZPreviewQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!query.success)
    return NextResponse.json({ error: 'invalid slug or flash id' }, { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) {
    const back = `/preview?${queryOf(query.data)}`
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
  redirect(pageOf(query.data))
}
