/**
 * The MongoDB article_authors migration cannot run here (no MongoDB server): its filters and
 * updates are applied, as MongoDB would, to articles and versions of every shape the author can
 * have, twice, to show that a rerun changes nothing, and back again with down().
 */
import {
  authorsDownSteps,
  authorsUpSteps,
} from '@/migrations/mongodb/20261207_123141_article_authors'

type TDoc = Record<string, unknown>
type TStep = ReturnType<typeof authorsUpSteps>[number]

const parentOf = (doc: TDoc, path: string): [TDoc, string] => {
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  return [keys.reduce<TDoc>((value, key) => (value[key] as TDoc) ?? {}, doc), last]
}
const get = (doc: TDoc, path: string) => {
  const [parent, key] = parentOf(doc, path)
  return parent[key]
}
function set(doc: TDoc, path: string, value: unknown): void {
  const keys = path.split('.')
  const last = keys.pop() ?? ''
  const parent = keys.reduce<TDoc>((value, key) => (value[key] ??= {}) as TDoc, doc)
  if (value === undefined) delete parent[last]
  else parent[last] = value
}

/** The operators the migration uses: `$exists` and `$ne: null`. */
const matches = (doc: TDoc, filter: TDoc) =>
  Object.entries(filter).every(([path, condition]) => {
    const { $exists, $ne } = condition as { $exists?: boolean; $ne?: null }
    const value = get(doc, path)
    if ($exists !== undefined && (value !== undefined) !== $exists) return false
    return !('$ne' in (condition as TDoc)) || value !== $ne
  })

/** `$set` of a field reference in a list or of `$arrayElemAt`, `$unset` of paths. */
const evaluate = (doc: TDoc, expression: unknown): unknown => {
  if (typeof expression === 'string' && expression.startsWith('$'))
    return get(doc, expression.slice(1))
  if (Array.isArray(expression)) return expression.map((item) => evaluate(doc, item))
  const { $arrayElemAt } = expression as { $arrayElemAt: [string, number] }
  return (evaluate(doc, $arrayElemAt[0]) as unknown[])[$arrayElemAt[1]]
}
function apply(doc: TDoc, step: TStep): TDoc {
  if (!matches(doc, step.filter as TDoc)) return doc
  const copy = structuredClone(doc)
  const stages = Array.isArray(step.update) ? step.update : [step.update]
  for (const stage of stages as TDoc[]) {
    if (stage.$set)
      for (const [path, expression] of Object.entries(stage.$set as TDoc))
        set(copy, path, evaluate(doc, expression))
    const unset = stage.$unset
    const paths = Array.isArray(unset) ? unset : Object.keys((unset as TDoc | undefined) ?? {})
    for (const path of paths as string[]) set(copy, path, undefined)
  }
  return copy
}
const run = (docs: TDoc[], steps: TStep[]) =>
  docs.map((doc) => steps.reduce((current, step) => apply(current, step), doc))

test('each article’s author becomes its one author; a null author goes; a rerun changes nothing', () => {
  const articles: TDoc[] = [
    { title: 'a', author: 'u1' },
    { title: 'b', author: null },
    { title: 'c' },
    { title: 'd', authors: ['u2', 'u3'] },
  ]
  const once = run(articles, authorsUpSteps(''))
  expect(once).toEqual([
    { title: 'a', authors: ['u1'] },
    { title: 'b' },
    { title: 'c' },
    { title: 'd', authors: ['u2', 'u3'] },
  ])
  expect(run(once, authorsUpSteps(''))).toEqual(once)
})

test('versions move under version., and down() keeps the first author', () => {
  const versions: TDoc[] = [{ version: { author: 'u1', slug: 's' }, latest: true }]
  const up = run(versions, authorsUpSteps('version.'))
  expect(up).toEqual([{ version: { authors: ['u1'], slug: 's' }, latest: true }])
  const coAuthored: TDoc[] = [{ version: { authors: ['u2', 'u1'], slug: 's' } }]
  expect(run(coAuthored, authorsDownSteps('version.'))).toEqual([
    { version: { author: 'u2', slug: 's' } },
  ])
})
