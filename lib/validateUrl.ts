/** Payload field validator for optional http(s) links. */
export function validateHttpUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return '链接无效 / invalid URL'
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message below
  }
  return '请输入 http(s) 开头的完整链接 / must be a full http(s) URL'
}
