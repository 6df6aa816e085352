/**
 * A server action's arguments as React encodes them (its "reply"): part 0 is JSON, and a string
 * in it such as "$@1" or "$1" points to another part, which must be there. Next hands the parts to
 * React's decoder, which fails with a 500 on a part that is not JSON ("undefined" is not valid
 * JSON) or one that is missing ("Connection closed.", also for `${…}`, which names no part), and on
 * a BigInt it cannot read, as a hand-made post can have them. The same checks, made first, let
 * server.ts answer such a post with a 400. Anything else in the format is left to React, which
 * answers it without failing.
 */

/**
 * React's reply decoder reads a string that starts with `$` by its next character: these stand for
 * a value of their own (an escaped `$`, undefined, NaN, ±Infinity, a date, a BigInt, a form
 * prefix, a temporary reference, a server reference's placeholder).
 */
const SELF_CONTAINED = new Set(['$', 'H', 'T', 'I', '-', 'N', 'u', 'D', 'n', 'K'])
/** These point to another part by the hex id after the letter (promise, map, set, typed arrays…). */
const PART_LETTERS = new Set('@hQWiAOoUSsLlGgMmVBRrXx')
/** Any other character is itself the start of the hex id of an outlined part. */
const NOT_A_PART = -1
/** React's BigInt: digits that BigInt() reads, at most 300 of them. */
const BIGINT = /^-?\d{1,300}$/

/** The part a string points to, NOT_A_PART when it is a value of its own, or NaN when unreadable. */
function referencedPart(value: string): number {
  if (!value.startsWith('$')) return NOT_A_PART
  const kind = value[1] ?? ''
  if (kind === 'n') return BIGINT.test(value.slice(2)) ? NOT_A_PART : NaN
  if (SELF_CONTAINED.has(kind)) return NOT_A_PART
  const id = PART_LETTERS.has(kind) ? value.slice(2) : value.slice(1)
  return parseInt(id.split(':', 1)[0] ?? '', 16)
}

/** The parts of one reply by number; null for a part that is not there. */
export type TReplyParts = (id: number) => string | null

function referencedIds(value: unknown, found: number[]): number[] {
  if (typeof value === 'string') {
    const part = referencedPart(value)
    if (part !== NOT_A_PART) found.push(part)
  } else if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, found)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) referencedIds(item, found)
  }
  return found
}

/**
 * Why React could not decode this reply, or null. `rootIsList`: a post with JavaScript sends the
 * action's arguments as a list, which Next spreads into the call (anything else is a TypeError).
 */
export function replyProblem(parts: TReplyParts, rootIsList = false): string | null {
  const seen = new Set<number>()
  const pending = [0]
  while (pending.length > 0) {
    const id = pending.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    const text = Number.isNaN(id) ? null : parts(id)
    if (text === null)
      return Number.isNaN(id)
        ? `参数无法读取 / a value in the action's arguments names no part`
        : `参数不完整 / part ${id} of the action's arguments is missing`
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return `参数不是合法的 JSON / part ${id} of the action's arguments is not JSON`
    }
    if (id === 0 && rootIsList && !Array.isArray(value))
      return `参数必须是列表 / the action's arguments are not a list`
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
    if (!form) return replyProblem((id) => (id === 0 ? text : null), true)
    return replyProblem((id) => textField(form, String(id)), true)
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
