import { NextResponse, type NextRequest } from 'next/server'

import { isAdminPath, withoutBrowserLanguage } from '@/lib/admin/adminLanguage'
import { EDITION_COOKIE } from '@/lib/i18n/editionCookie'
import { rememberedEditionRedirect } from '@/lib/i18n/rememberedEdition'
import { BAD_REQUEST_PAGE, isMalformedPath } from '@/lib/security/malformedUrl'

/**
 * Next answers a malformed escape in a dynamic segment with a 500; readers following a broken
 * link get a clear 400 page instead. Only the portal's dynamic paths pass through here for that: in
 * production server.ts refuses such paths everywhere before Next sees them; this keeps `next dev`
 * honest for the pages readers reach. The admin passes through here for its language only, and
 * the bare home page for the reader's remembered edition (the shared caches let exactly those
 * requests through, lib/cachePolicy.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (isAdminPath(pathname)) {
    return NextResponse.next({ request: { headers: withoutBrowserLanguage(request.headers) } })
  }
  if (pathname === '/') return homeForRememberedEdition(request, search)
  if (!isMalformedPath(pathname)) return NextResponse.next()
  return new NextResponse(BAD_REQUEST_PAGE, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}

function homeForRememberedEdition(request: NextRequest, search: string) {
  const target = rememberedEditionRedirect({
    method: request.method,
    pathAndQuery: `/${search}`,
    editionCookie: request.cookies.get(EDITION_COOKIE)?.value,
    userAgent: request.headers.get('user-agent'),
  })
  if (!target) return NextResponse.next()
  const response = NextResponse.redirect(new URL(target, request.url), 307)
  // Personal: it depends on the cookie, so no cache may keep it for anyone else.
  response.headers.set('cache-control', 'private, no-store')
  return response
}

export const config = {
  matcher: [
    '/',
    '/:edition(zh-tw|en|zh-cn)?/articles/:path*',
    '/:edition(zh-tw|en|zh-cn)?/tag/:path*',
    '/:edition(zh-tw|en|zh-cn)?/authors/:path*',
    '/:edition(zh-tw|en|zh-cn)?/coins/:path*',
    '/:edition(zh-tw|en|zh-cn)?/feed/:path*',
    '/admin/:path*',
  ],
}
