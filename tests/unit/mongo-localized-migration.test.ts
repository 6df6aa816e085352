/**
 * The MongoDB localized_content migration cannot run here (no MongoDB server): its filters and
 * update pipelines are checked by applying them, as MongoDB would, to documents of every shape a
 * field can have, twice, to show that a rerun changes nothing.
 */
import {
  localizedFilter,
  unlocalizedFilter,
  unwrapPipeline,
  wrapPipeline,
} from '@/migrations/mongodb/20261206_000641_localized_content'

type TDoc = Record<string, unknown>

const get = (doc: TDoc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as TDoc | undefined)?.[key], doc)

function set(doc: TDoc, path: string, value: unknown): TDoc {
  const [head = '', ...rest] = path.split('.')
  if (rest.length === 0) return { ...doc, [head]: value }
  return { ...doc, [head]: set((doc[head] as TDoc) ?? {}, rest.join('.'), value) }
}

/** The operators the migration uses: `$type: 'string'` and `$exists: true`. */
function matches(doc: TDoc, filter: TDoc): boolean {
  return Object.entries(filter).every(([path, condition]) => {
    const value = get(doc, path)
    const { $type, $exists } = condition as { $type?: string; $exists?: boolean }
    if ($type === 'string') return typeof value === 'string'
    if ($exists !== undefined) return (value !== undefined) === $exists
    throw new Error(`unexpected condition at ${path}`)
  })
}

/** One `$set` stage whose value is `{ 'zh-CN': '$path' }` or `{ $getField: … }`. */
function applyPipeline(doc: TDoc, pipeline: TDoc[]): TDoc {
  const [stage] = pipeline
  const [path = '', expression] = Object.entries((stage as { $set: TDoc }).$set)[0] ?? []
  const field = (reference: string) => get(doc, reference.replace(/^\$/, ''))
  const spec = expression as TDoc
  if ('$getField' in spec) {
    const { field: key, input } = spec.$getField as { field: string; input: string }
    return set(doc, path, (field(input) as TDoc)[key])
  }
  const [locale = '', reference] = Object.entries(spec)[0] ?? []
  return set(doc, path, { [locale]: field(String(reference)) })
}

const run = (docs: TDoc[], filter: TDoc, pipeline: TDoc[]) =>
  docs.map((doc) => (matches(doc, filter) ? applyPipeline(doc, pipeline) : doc))

const lexical = { root: { type: 'root', children: [] } }
const title = { path: 'version.title', kind: 'text' } as const
const body = { path: 'body', kind: 'lexical' } as const

test('text values become { zh-CN: value }; missing, null and already localized ones stay', () => {
  const docs: TDoc[] = [
    { version: { title: '标题' } },
    { version: { title: null } },
    { version: {} },
    { version: { title: { 'zh-CN': '已迁移', en: 'Done' } } },
  ]
  const once = run(docs, unlocalizedFilter(title), wrapPipeline(title))
  expect(once).toEqual([
    { version: { title: { 'zh-CN': '标题' } } },
    { version: { title: null } },
    { version: {} },
    { version: { title: { 'zh-CN': '已迁移', en: 'Done' } } },
  ])
  expect(run(once, unlocalizedFilter(title), wrapPipeline(title))).toEqual(once)
})

test('a Lexical body (it has a root) is wrapped once; a localized body is left alone', () => {
  const docs: TDoc[] = [{ body: lexical }, { body: { 'zh-CN': lexical, en: lexical } }]
  const once = run(docs, unlocalizedFilter(body), wrapPipeline(body))
  expect(once).toEqual([
    { body: { 'zh-CN': lexical } },
    { body: { 'zh-CN': lexical, en: lexical } },
  ])
  expect(run(once, unlocalizedFilter(body), wrapPipeline(body))).toEqual(once)
})

test('down unwraps the zh-CN value, dropping the others, and only from localized values', () => {
  const docs: TDoc[] = [
    { version: { title: { 'zh-CN': '标题', en: 'Title' } } },
    { version: { title: '旧' } },
  ]
  expect(run(docs, localizedFilter(title), unwrapPipeline(title))).toEqual([
    { version: { title: '标题' } },
    { version: { title: '旧' } },
  ])
})
