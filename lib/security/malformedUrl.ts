/**
 * URLs that Next cannot read: it decodes a dynamic route's segments, and the image optimizer the
 * path of its `url` parameter, with decodeURIComponent, and answers 500 when that throws.
 */

import { FEED_PATH_PARAMETERS, isFeedRewriteSource } from '@/lib/editionRewrites'

/** The portal's page for a URL it cannot read (the API answers JSON instead). */
export const BAD_REQUEST_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>请求无效 · Newsroom</title></head><body style="font-family:system-ui,sans-serif;max-width:640px;margin:48px auto;padding:0 16px;text-align:center"><h1>请求无效</h1><p>链接中含有无法识别的字符，请检查网址。</p><p><a href="/">返回首页</a></p></body></html>`

/** True when a path has malformed percent-escapes (`%FF`) or control characters (`%00`). */
export function isMalformedPath(pathname: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname))
  } catch {
    return true
  }
}

/** A request's path with `.` and `..` segments resolved, as Next routes it. */
export function resolvedPathname(url: string): string {
  try {
    return new URL(url, 'http://path.invalid').pathname
  } catch {
    return url.split('?', 1)[0] ?? url
  }
}

/**
 * Why `/_next/image`'s `url` parameter cannot be read (a local path with malformed escapes), or
 * null. Everything else about the parameter is Next's to judge, and it answers 400 itself.
 */
export function imageUrlProblem(search: string): string | null {
  const url = new URLSearchParams(search).get('url')
  if (!url?.startsWith('/')) return null
  const pathname = url.split(/[?#]/, 1)[0] ?? ''
  return isMalformedPath(pathname) ? '"url" parameter is invalid' : null
}

/** The portal writes cursors and page numbers in printable ASCII only. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/

const isUnreadableFeedValue = (value: string): boolean =>
  NOT_PRINTABLE_ASCII.test(value) || isMalformedPath(value)

/**
 * True when a feed page's `?cursor=` or `?page=` cannot be read: the rewrites in
 * lib/editionRewrites.ts put the value into a path, where Next decodes it again (`?cursor=%25zz`),
 * and for a client navigation (an `RSC` header) also into a response header, which Node refuses
 * to send with characters beyond Latin-1 (`?page=%F0%9F%8F%B3`).
 */
export function hasUnreadableFeedQuery(pathname: string, search: string): boolean {
  if (!isFeedRewriteSource(pathname)) return false
  const query = new URLSearchParams(search)
  return FEED_PATH_PARAMETERS.some((name) => query.getAll(name).some(isUnreadableFeedValue))
}
