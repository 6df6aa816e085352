/** Schemes a link in an article may use; anything else with a scheme (javascript:, data:…) is refused. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * The URL as a browser would read its scheme: browsers drop tabs and newlines anywhere and control
 * characters and spaces at both ends (`\tjava\nscript:` runs as `javascript:`). Removing every
 * control character is stricter still, so no spelling of a scheme slips through.
 */
const normalized = (url: string) => url.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()

/** Whether a link URL is harmless to put in an `href`: relative, or one of the allowed schemes. */
export function isSafeLinkUrl(url: unknown): boolean {
  if (url === undefined || url === null || url === '') return true
  if (typeof url !== 'string') return false
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(normalized(url))?.[1]
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase())
}

export const UNSAFE_LINK_MESSAGE =
  '正文链接只能是 http(s)、mailto、tel 或站内地址 / links in the body must be http(s), mailto, tel or relative'
