/**
 * A server action's arguments as React encodes them (its "reply"): part 0 is JSON, and a string
 * in it such as "$@1" or "$1" points to another part, which must be there. Next hands the parts to
 * React's decoder, which fails with a 500 on a part that is not JSON ("undefined" is not valid
 * JSON) or one that is missing ("Connection closed."), as a hand-made post can have it. The same
 * two checks, made first, let server.ts answer such a post with a 400. Anything else in the
 * format is left to React, which answers it without failing.
 */

/** A string pointing to another part: a promise, server reference, map, set, iterator, stream,
 * typed array or blob (a letter), or a plain outlined value (none), then the part's hex id. */
const PART_REFERENCE = /^\$[@hQWiRrXxAOoUSsLlGgMmVB]?([0-9a-f]+)(?::|$)/

/** The parts of one reply by number; null for a part that is not there. */
export type TReplyParts = (id: number) => string | null

function referencedIds(value: unknown, found: number[]): number[] {
  if (typeof value === 'string') {
    const match = PART_REFERENCE.exec(value)
    if (match) found.push(parseInt(match[1]!, 16))
  } else if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, found)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) referencedIds(item, found)
  }
  return found
}

/** Why React could not decode this reply, or null. */
export function replyProblem(parts: TReplyParts): string | null {
  const seen = new Set<number>()
  const pending = [0]
  while (pending.length > 0) {
    const id = pending.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    const text = parts(id)
    if (text === null) return `参数不完整 / part ${id} of the action's arguments is missing`
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return `参数不是合法的 JSON / part ${id} of the action's arguments is not JSON`
    }
    pending.push(...referencedIds(value, []))
  }
  return null
}

type TActionPost = { hasActionHeader: boolean; text: string; form: FormData | null }

const textField = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : null
}

/**
 * Why React could not decode the arguments of this post to a page, or null. With JavaScript
 * (a `Next-Action` header) they are the body, or the form's fields "0", "1", …; a form posted
 * before the page's scripts ran names its action in `$ACTION_REF_<n>` and keeps the parts in
 * `$ACTION_<n>:0`, `$ACTION_<n>:1`, ….
 */
export function actionArgumentsProblem({
  hasActionHeader,
  text,
  form,
}: TActionPost): string | null {
  if (hasActionHeader) {
    if (!form) return replyProblem((id) => (id === 0 ? text : null))
    return replyProblem((id) => textField(form, String(id)))
  }
  if (!form) return null
  for (const key of form.keys()) {
    const reference = /^\$ACTION_REF_(.*)$/.exec(key)
    if (!reference) continue
    const prefix = `$ACTION_${reference[1]}:`
    const problem = replyProblem((id) => textField(form, `${prefix}${id}`))
    if (problem) return problem
  }
  return null
}
