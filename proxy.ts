import { NextResponse, type NextRequest } from 'next/server'

import { isAdminPath, withoutBrowserLanguage } from '@/lib/admin/adminLanguage'

const BAD_REQUEST_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>请求无效 · Newsroom</title></head><body style="font-family:system-ui,sans-serif;max-width:640px;margin:48px auto;padding:0 16px;text-align:center"><h1>请求无效</h1><p>链接中含有无法识别的字符，请检查网址。</p><p><a href="/">返回首页</a></p></body></html>`

/** True when a path has malformed percent-escapes (`%FF`) or control characters (`%00`). */
export function isMalformedPath(pathname: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname))
  } catch {
    return true
  }
}

/**
 * Next answers a malformed escape in a dynamic segment with a 500; readers following a broken
 * link get a clear 400 page instead. The admin passes through here for its language only.
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
