export type TTextSegment =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string }

/**
 * Flash items are plain text from editors and feeds, so links are found here rather than trusted
 * as markup, and the page renders segments (React escapes them) instead of HTML.
 *
 * - Only http(s): anything else in an href (`javascript:`, `data:`) could run in the reader's page,
 *   and a bare `www.` could as easily be the end of a sentence as a link.
 * - Chinese text puts no space after a URL, so a URL stops at the first CJK character or full-width
 *   punctuation; otherwise `https://x.com/post，其他` would link to a page that does not exist.
 * - A `.`/`,`/`)` right after a URL is nearly always the sentence's, not the URL's, except a `)`
 *   closing a `(` inside it (Wikipedia-style paths).
 * - The href is what `new URL` made of the text, so what the browser follows is what was checked.
 */
const SCHEME = /https?:\/\//gi

/** Ends a URL: whitespace, `<>"'`, quotes/dashes/ellipsis of Chinese prose, CJK and full-width. */
const STOP =
  /[\s<>"'\u2014\u2018\u2019\u201C\u201D\u2026\u2E80-\u2FFF\u3000-\u9FFF\uA000-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3FFFF}]/u

const TRAILING = '.,;:!?'

const count = (text: string, char: string) => text.split(char).length - 1

/** The URL without what the sentence around it put after it. */
function trimTrailing(url: string): string {
  let end = url.length
  for (;;) {
    const last = url[end - 1] ?? ''
    const head = url.slice(0, end)
    if (TRAILING.includes(last)) end -= 1
    else if (last === ')' && count(head, '(') < count(head, ')')) end -= 1
    else if (last === ']' && count(head, '[') < count(head, ']')) end -= 1
    else return head
  }
}

function httpHref(candidate: string): string | null {
  try {
    const url = new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Splits text into plain runs and http(s) links; the segments' `text` joined is always `text`. */
export function linkifyText(text: string): TTextSegment[] {
  const segments: TTextSegment[] = []
  const pushText = (run: string) => {
    if (!run) return
    const last = segments[segments.length - 1]
    if (last?.kind === 'text') last.text += run
    else segments.push({ kind: 'text', text: run })
  }

  let done = 0
  for (const match of text.matchAll(SCHEME)) {
    const start = match.index
    // Inside an earlier link, or glued to a word (`xhttp://`): not a link of its own.
    if (start < done || /[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue
    const rest = text.slice(start)
    const stop = rest.search(STOP)
    const candidate = trimTrailing(stop === -1 ? rest : rest.slice(0, stop))
    const href = httpHref(candidate)
    if (!href) continue
    pushText(text.slice(done, start))
    segments.push({ kind: 'link', text: candidate, href })
    done = start + candidate.length
  }
  pushText(text.slice(done))
  return segments
}
