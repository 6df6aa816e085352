import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { Collection, Document, Filter } from 'mongodb'

/**
 * Payload localization (lib/i18n/contentLocalization.ts) on MongoDB: a localized field is stored
 * as an object by locale (`title: { 'zh-CN': '…' }`), so every stored value of the fields that
 * became localized is wrapped as its zh-CN value: articles' title, summary and body, the same in
 * their versions (`version.title`, …) and tags' name and description. Written by hand (MongoDB has
 * no generated migrations); the SQLite migration of the same name does the same in tables.
 *
 * Idempotent: only values still in the old shape are touched (a string, or a Lexical body, which
 * has a `root`), so a rerun or a half-finished run changes nothing already converted. down()
 * unwraps the zh-CN values; other locales' texts have nowhere to go then and are dropped.
 */

// The default locale when this migration was written; existing text is in it.
const ORIGINAL = 'zh-CN'

type TField = { path: string; kind: 'text' | 'lexical' }
type TTarget = { collection: 'articles' | 'tags'; versions: boolean; fields: TField[] }

const TARGETS: TTarget[] = [
  {
    collection: 'articles',
    versions: false,
    fields: [
      { path: 'title', kind: 'text' },
      { path: 'summary', kind: 'text' },
      { path: 'body', kind: 'lexical' },
    ],
  },
  {
    collection: 'articles',
    versions: true,
    fields: [
      { path: 'version.title', kind: 'text' },
      { path: 'version.summary', kind: 'text' },
      { path: 'version.body', kind: 'lexical' },
    ],
  },
  {
    collection: 'tags',
    versions: false,
    fields: [
      { path: 'name', kind: 'text' },
      { path: 'description', kind: 'text' },
    ],
  },
]

/** Documents whose field still has the unlocalized shape. */
export function unlocalizedFilter({ path, kind }: TField): Filter<Document> {
  return kind === 'text' ? { [path]: { $type: 'string' } } : { [`${path}.root`]: { $exists: true } }
}

/** Documents whose field is localized and has a zh-CN value. */
export function localizedFilter({ path }: TField): Filter<Document> {
  return { [`${path}.${ORIGINAL}`]: { $exists: true } }
}

/** Update pipelines (MongoDB 4.2+): the value becomes `{ 'zh-CN': value }`, or back. */
export const wrapPipeline = ({ path }: TField): Document[] => [
  { $set: { [path]: { [ORIGINAL]: `$${path}` } } },
]
export const unwrapPipeline = ({ path }: TField): Document[] => [
  { $set: { [path]: { $getField: { field: ORIGINAL, input: `$${path}` } } } },
]

function collectionOf(payload: MigrateUpArgs['payload'], target: TTarget): Collection | null {
  const db = payload.db as unknown as {
    collections: Record<string, { collection: Collection }>
    versions: Record<string, { collection: Collection }>
  }
  return (target.versions ? db.versions : db.collections)[target.collection]?.collection ?? null
}

// Tag names were unique as strings; Payload indexes each locale's name (`name.zh-CN`) instead.
const OLD_TAG_NAME_INDEX = 'name_1'

async function dropIndexIfPresent(tags: Collection, name: string, session: unknown) {
  const indexes = await tags.indexes({ session } as never)
  if (indexes.some((index) => index.name === name)) await tags.dropIndex(name, { session } as never)
}

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  for (const target of TARGETS) {
    const collection = collectionOf(payload, target)
    if (!collection) continue
    if (target.collection === 'tags' && !target.versions)
      await dropIndexIfPresent(collection, OLD_TAG_NAME_INDEX, session)
    for (const field of target.fields) {
      await collection.updateMany(unlocalizedFilter(field), wrapPipeline(field), { session })
    }
  }
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  for (const target of TARGETS) {
    const collection = collectionOf(payload, target)
    if (!collection) continue
    for (const field of target.fields) {
      await collection.updateMany(localizedFilter(field), unwrapPipeline(field), { session })
    }
    if (target.collection === 'tags' && !target.versions)
      await collection.createIndex({ name: 1 }, { name: OLD_TAG_NAME_INDEX, unique: true, session })
  }
}
