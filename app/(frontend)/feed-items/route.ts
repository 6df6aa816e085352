import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'

import { ZCursorSchema } from '@/lib/queries/cursor'
import { getFeedPage, getTabs } from '@/lib/queries'
import { ZScopeSchema } from '@/lib/queries/scope'

const ZFeedItemsQuerySchema = z.object({
  scope: ZScopeSchema.default('all'),
  cursor: ZCursorSchema,
})

/** JSON for 加载更多: the next page of a feed after a cursor. Public and the same for everyone. */
export async function GET(request: NextRequest) {
  const parsed = ZFeedItemsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return NextResponse.json(
      { error: `invalid ${String(issue?.path[0] ?? 'query')}: ${issue?.message ?? 'invalid'}` },
      { status: 400 },
    )
  }
  const { scope, cursor } = parsed.data
  const tabs = await getTabs()
  const tag = scope === 'all' ? undefined : tabs.find((tab) => tab.slug === scope)
  if (scope !== 'all' && !tag)
    return NextResponse.json({ error: `unknown tag: ${scope}` }, { status: 404 })
  const page = await getFeedPage({ tag, cursor, tabs })
  return NextResponse.json(page, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=1' } })
}
