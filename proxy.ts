import { NextResponse, type NextRequest } from 'next/server'

import { isAdminPath, withoutBrowserLanguage } from '@/lib/admin/adminLanguage'
import { BAD_REQUEST_PAGE, isMalformedPath } from '@/lib/security/malformedUrl'

/**
 * Next answers a malformed escape in a dynamic segment with a 500; readers following a broken
 * link get a clear 400 page instead. Only the portal's dynamic paths pass through here for that: in
 * production server.ts refuses such paths everywhere before Next sees them; this keeps `next dev`
 * honest for the pages readers reach. The admin passes through here for its language only.
 */
export function proxy(request: NextRequest) {
  if (isAdminPath(request.nextUrl.pathname)) {
    return NextResponse.next({ request: { headers: withoutBrowserLanguage(request.headers) } })
  }
  if (!isMalformedPath(request.nextUrl.pathname)) return NextResponse.next()
  return new NextResponse(BAD_REQUEST_PAGE, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}

export const config = {
  matcher: ['/articles/:path*', '/tag/:path*', '/feed/:path*', '/admin/:path*'],
}
