import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

/** Leaves draft mode and goes back to the published page (or the home page). */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const slug = request.nextUrl.searchParams.get('slug')
  const target = slug && /^[a-z0-9-]{1,96}$/.test(slug) ? `/articles/${slug}` : '/'
  redirect(target)
}
