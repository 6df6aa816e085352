/**
 * Posts to pages as Next's server actions receive them: the login and register forms' real
 * hidden fields (read from the pages at start), posted without JavaScript, with JavaScript's
 * `Next-Action` header, and in every broken variant of both.
 */
import { between, pick, type TRandom } from '@/scripts/largeDataset/random'
import { headerValue } from './encode'

import {
  BROKEN_JSON,
  jsonBody,
  multipartBody,
  MULTIPART_BREAKAGES,
  urlEncodedBody,
  type TBody,
} from './bodies'

/** What a page's form posts besides its visible fields. */
export type TActionForm = { actionId: string | null; hidden: [string, string][] }

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  '#x27': "'",
  '#39': "'",
}
const decodeEntities = (text: string) =>
  text.replace(/&(#x27|#39|quot|amp|lt|gt|apos);/g, (_, name: string) => ENTITIES[name]!)

const attribute = (tag: string, name: string): string | null => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return found ? decodeEntities(found[1]!) : null
}

/** The hidden inputs of the first POST form of a page's HTML, and the server action they name. */
export function actionFormOf(html: string): TActionForm {
  const form = /<form[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html)?.[1] ?? ''
  const hidden: [string, string][] = []
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name')
    if (attribute(tag, 'type') === 'hidden' && name)
      hidden.push([name, attribute(tag, 'value') ?? ''])
  }
  const reference = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1]
  let actionId: string | null = null
  try {
    actionId = reference ? ((JSON.parse(reference) as { id?: string }).id ?? null) : null
  } catch {
    actionId = null
  }
  return { actionId, hidden }
}

export async function fetchActionForm(baseUrl: string, page: string): Promise<TActionForm> {
  const response = await fetch(`${baseUrl}${page}`)
  if (!response.ok) throw new Error(`GET ${page} answered ${response.status}`)
  return actionFormOf(await response.text())
}

const bogusActionIds = (real: string | null): string[] => [
  real ?? '0'.repeat(42),
  '0'.repeat(42),
  'x',
  '',
  'f'.repeat(5000),
  `${real ?? ''}\u00ff\u00fe`,
  '../../../etc/passwd',
  '{"id":1}',
]

/** The hidden fields with one of them broken (or dropped, or renamed). */
function brokenHidden(random: TRandom, form: TActionForm, badText: string): [string, string][] {
  const hidden = form.hidden.map(([name, value]) => [name, value] as [string, string])
  const index = between(random, 0, Math.max(0, hidden.length - 1))
  const target = hidden[index]
  if (!target) return [['$ACTION_1:0', badText]]
  switch (between(random, 0, 5)) {
    case 0:
      target[1] = pick(random, BROKEN_JSON)
      break
    case 1:
      target[1] = JSON.stringify({ id: pick(random, bogusActionIds(form.actionId)), bound: '$@1' })
      break
    case 2:
      target[1] = JSON.stringify({ id: form.actionId, bound: badText })
      break
    case 3:
      hidden.splice(index, 1)
      break
    case 4:
      target[0] = `$ACTION_ID_${pick(random, bogusActionIds(form.actionId))}`
      break
    default:
      target[1] = badText
  }
  return hidden
}

export type TActionPost = { headers: Record<string, string>; body: TBody }

/**
 * One POST to a page. `fields` are the form's visible fields (bad values); `origin` is the site's
 * own origin, replaced now and then by another site's or by "null".
 */
export function serverActionPost(
  random: TRandom,
  options: { form: TActionForm; fields: [string, string][]; origin: string; badText: string },
): TActionPost {
  const { form, fields, badText } = options
  const origin = pick(random, [
    options.origin,
    options.origin,
    'http://evil.example',
    'null',
    headerValue(badText),
  ])
  const headers: Record<string, string> = { origin }
  const variant = between(random, 0, 5)
  if (variant === 0) return { headers, body: multipartBody([...form.hidden, ...fields]) }
  if (variant === 1)
    return { headers, body: multipartBody([...brokenHidden(random, form, badText), ...fields]) }
  if (variant === 2) return { headers, body: urlEncodedBody([...form.hidden, ...fields]) }
  if (variant === 3) {
    const breakage = pick(random, MULTIPART_BREAKAGES)
    return { headers, body: multipartBody([...form.hidden, ...fields], { breakage }) }
  }
  // With JavaScript: the action's id in a header, its arguments in the body.
  headers['next-action'] = pick(random, bogusActionIds(form.actionId))
  if (random() < 0.3) headers['next-router-state-tree'] = headerValue(badText)
  if (variant === 4) {
    const text =
      random() < 0.5
        ? pick(random, BROKEN_JSON)
        : JSON.stringify([badText, Object.fromEntries(fields)])
    return { headers, body: { contentType: 'text/plain;charset=UTF-8', bytes: Buffer.from(text) } }
  }
  const breakage = pick(random, MULTIPART_BREAKAGES)
  return {
    headers,
    body:
      random() < 0.5
        ? multipartBody([['1_$ACTION_ID_x', ''], ...fields], { breakage })
        : jsonBody([badText]),
  }
}
