import type { MongooseAdapter } from '@payloadcms/db-mongodb'

/**
 * MongoDB keeps hasMany relations as arrays on the article, so "newest in a tag" and "newest about
 * a coin" get compound multikey indexes. SQLite keeps them in `articles_rels`, indexed by a
 * migration instead (migrations/sqlite). The admin list reads the latest version of each article
 * (drafts on) from the versions collection, newest first or by title, with Payload's `-createdAt`
 * tie-break: the same two indexes the SQLite migration scale_read_indexes creates. (The sitemap's
 * covering index there is SQLite-only: MongoDB reads the chunk from `_status, publishedAt`.)
 */
export async function createMongoReadIndexes(adapter: MongooseAdapter) {
  const articles = adapter.connection.collection('articles')
  await articles.createIndex(
    { _status: 1, tags: 1, publishedAt: -1 },
    { name: 'status_tags_publishedAt' },
  )
  await articles.createIndex(
    { _status: 1, coins: 1, publishedAt: -1 },
    { name: 'status_coins_publishedAt' },
  )
  const versions = adapter.versions.articles?.collection
  if (!versions) return
  await versions.createIndex(
    // Title and slug last, so the list's search (a regex) is tested on index keys, not documents.
    { latest: 1, 'version.publishedAt': -1, createdAt: -1, 'version.title': 1, 'version.slug': 1 },
    { name: 'latest_publishedAt' },
  )
  await versions.createIndex(
    { latest: 1, 'version.title': 1, createdAt: -1 },
    { name: 'latest_title' },
  )
}
