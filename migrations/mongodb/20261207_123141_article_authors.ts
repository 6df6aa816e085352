import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { Collection, Document, Filter } from 'mongodb'

/**
 * Several ordered authors per article (collections/Articles: `authors`): each article's single
 * `author` becomes the one-element list `authors: [author]`, in the articles and in their
 * versions (`version.author` → `version.authors`), and the old field is removed. Written by hand;
 * the SQLite migration of the same name does the same in tables.
 *
 * Idempotent: only documents that still have the old field and not yet the new one are touched,
 * so a rerun or a half-finished run changes nothing already converted. An `author` of null is
 * just removed. down() keeps the first author, the only one the old field can hold.
 */

type TStep = { filter: Filter<Document>; update: Document[] | Document }

/** The steps that move `<prefix>author` into `<prefix>authors`, in order. */
export function authorsUpSteps(prefix: '' | 'version.'): TStep[] {
  const author = `${prefix}author`
  const authors = `${prefix}authors`
  return [
    {
      filter: { [author]: { $exists: true, $ne: null }, [authors]: { $exists: false } },
      update: [{ $set: { [authors]: [`$${author}`] } }, { $unset: [author] }],
    },
    // Left over: a null author, or one beside a list already written.
    { filter: { [author]: { $exists: true } }, update: { $unset: { [author]: '' } } },
  ]
}

/** The steps back: the first author into `<prefix>author`, the list removed. */
export function authorsDownSteps(prefix: '' | 'version.'): TStep[] {
  const author = `${prefix}author`
  const authors = `${prefix}authors`
  return [
    {
      filter: { [authors]: { $exists: true } },
      update: [{ $set: { [author]: { $arrayElemAt: [`$${authors}`, 0] } } }, { $unset: [authors] }],
    },
  ]
}

function collectionsOf(payload: MigrateUpArgs['payload']) {
  const db = payload.db as unknown as {
    collections: Record<string, { collection: Collection }>
    versions: Record<string, { collection: Collection }>
  }
  return [
    { collection: db.collections.articles?.collection, prefix: '' as const },
    { collection: db.versions.articles?.collection, prefix: 'version.' as const },
  ]
}

async function run(
  payload: MigrateUpArgs['payload'],
  session: unknown,
  stepsOf: (prefix: '' | 'version.') => TStep[],
) {
  for (const { collection, prefix } of collectionsOf(payload)) {
    if (!collection) continue
    for (const { filter, update } of stepsOf(prefix))
      await collection.updateMany(filter, update, { session } as never)
  }
}

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  await run(payload, session, authorsUpSteps)
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  await run(payload, session, authorsDownSteps)
}
