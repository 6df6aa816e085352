/**
 * XML text helpers shared by the RSS and sitemap builders. Titles and summaries are written by
 * editors and may hold any character, so every value goes through escapeXml; no CDATA needed.
 */

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Characters XML 1.0 forbids even when escaped (most C0 controls, lone surrogates, U+FFFE/F). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g

export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!)
}

/** `<name>escaped text</name>`. */
export const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * RFC 822 date as RSS 2.0 wants it (`Sun, 01 Nov 2026 08:05:09 GMT`). Written by hand because
 * toUTCString's format is only guaranteed since ES2018 and readers are strict about it.
 */
export function rfc822(date: Date | string): string {
  const d = new Date(date)
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** Joins a site origin and a path; the path's own characters are percent-encoded by URL. */
export const absoluteUrl = (siteUrl: string, path: string) => new URL(path, `${siteUrl}/`).href
