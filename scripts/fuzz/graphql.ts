/** GraphQL bodies: broken documents, odd arguments and variables, odd body shapes. */
import { between, pick, type TRandom } from '@/scripts/largeDataset/random'

import { jsonBody, type TBody } from './bodies'

/** A bad value written as a GraphQL literal (JSON text is valid GraphQL for strings and numbers). */
const literal = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '1e309'
  if (value === null || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.slice(0, 50).map(literal).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, inner]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : '_bad'}: ${literal(inner)}`,
    )
    return `{${entries.join(', ')}}`
  }
  return '"?"'
}

const LISTS = ['Articles', 'Tags', 'Coins', 'Media', 'Users', 'Bookmarks', 'Watchlists', 'Leases']
const ONE = ['Article', 'Tag', 'Coin', 'Media', 'User', 'Bookmark', 'Watchlist']

/** Documents made from a bad value `v` (already a GraphQL literal). */
const TEMPLATES: ((v: string) => string)[] = [
  (v) => `{ Articles(limit: ${v}) { docs { id title } } }`,
  (v) => `{ Articles(page: ${v}, limit: 2) { docs { id } } }`,
  (v) => `{ Articles(where: { title: { like: ${v} } }) { docs { id } } }`,
  (v) => `{ Articles(where: { slug: { equals: ${v} } }) { totalDocs } }`,
  (v) => `{ Articles(sort: ${v}) { docs { id } } }`,
  (v) => `{ Article(id: ${v}) { id title } }`,
  (v) => `{ Users(where: { email: { equals: ${v} } }) { docs { id } } }`,
  (v) => `{ Coins(where: { symbol: { contains: ${v} } }) { docs { symbol } } }`,
  (v) => `{ Media(id: ${v}) { url } }`,
  (v) => `{ Tags(where: { or: [{ slug: { in: [${v}] } }] }) { docs { slug } } }`,
  (v) => `mutation { loginUser(email: ${v}, password: ${v}) { token } }`,
  (v) => `mutation { forgotPasswordUser(email: ${v}) }`,
  (v) => `mutation { createUser(data: { email: ${v}, password: ${v}, displayName: ${v} }) { id } }`,
  (v) => `mutation { createBookmark(data: { article: ${v} }) { id } }`,
  (v) => `mutation { deleteBookmark(id: ${v}) { id } }`,
  (v) => `mutation { updateArticle(id: ${v}, data: { title: ${v} }) { id } }`,
  (v) => `mutation { resetPasswordUser(token: ${v}, password: ${v}) { token } }`,
  (v) => `{ ${ONE[0]}(id: 1, draft: ${v}) { id } }`,
]

/** Documents that are broken or expensive whatever their values. */
function hostileDocument(random: TRandom): string {
  const size = between(random, 50, 3000)
  switch (between(random, 0, 11)) {
    case 0:
      return '{'.repeat(size)
    case 1:
      return `query { ${Array.from({ length: size }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title summary } }`).join(' ')} }`
    case 2:
      return `{ Articles { docs { ${'tags { docs { '.repeat(40)} id ${'} } '.repeat(40)} } } }`
    case 3:
      return 'fragment A on Article { ...B } fragment B on Article { ...A } { Articles { docs { ...A } } }'
    case 4:
      return `{ Articles @include(if: true) ${'@skip(if: false) '.repeat(size)} { totalDocs } }`
    case 5:
      return '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }'
    case 6:
      return `{ ${pick(random, LISTS)}(limit: 100) { docs { id } } ${pick(random, LISTS)}(limit: 100) { docs { id } } }`
    case 7:
      return `query Q($a: Int = ${'1'.repeat(size)}) { Articles(limit: $a) { totalDocs } }`
    case 8:
      return `{ Articles(where: { ${'or: [{ '.repeat(60)}title: { equals: "x" }${' }]'.repeat(60)} }) { totalDocs } }`
    case 9:
      return `subscription { Articles { totalDocs } }`
    case 10:
      return '\u0000\ud800 query { }'
    default:
      return `{ Articles { docs { id ${'__typename '.repeat(size)} } } }`
  }
}

/** A GraphQL request body built from `badValue`, or hostile on its own. */
export function graphqlBody(random: TRandom, badValue: unknown): TBody {
  const document =
    random() < 0.5 ? pick(random, TEMPLATES)(literal(badValue)) : hostileDocument(random)
  switch (between(random, 0, 7)) {
    case 0:
      return jsonBody({ query: badValue })
    case 1:
      return jsonBody([{ query: document }, { query: document }])
    case 2:
      return jsonBody({
        query:
          'query Q($w: Article_where, $l: Int) { Articles(where: $w, limit: $l) { totalDocs } }',
        variables: { w: { title: { equals: badValue } }, l: badValue },
      })
    case 3:
      return jsonBody({ query: document, variables: badValue, operationName: badValue })
    case 4:
      return { contentType: 'application/graphql', bytes: Buffer.from(document) }
    default:
      return jsonBody({ query: document })
  }
}

/** A GraphQL document for a GET's `?query=`. */
export const graphqlQueryText = (random: TRandom, badValue: unknown): string =>
  random() < 0.5 ? pick(random, TEMPLATES)(literal(badValue)) : hostileDocument(random)
