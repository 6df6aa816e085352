import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * MongoDB keeps hasMany relations as arrays on the article, so "newest in a tag" and "newest about
 * a coin" get compound multikey indexes. SQLite keeps them in `articles_rels`, indexed by a
 * migration instead (migrations/sqlite). The admin list reads the latest version of each article
 * (drafts on) from the versions collection, by last change (its default), publish time or title,
 * with Payload's `-createdAt` tie-break: the indexes the SQLite migrations scale_read_indexes and
 * admin_list_indexes create. (The sitemap's
 * covering index there is SQLite-only: MongoDB reads the chunk from `_status, publishedAt`.) The
 * title is localized, stored by locale: these index the zh-CN title, the one the admin lists and
 * searches by default; an English edition's feed filters `title.en` on the `_status, publishedAt`
 * walk, as SQLite probes its locale rows.
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
  // An author's page and the content API's author filter: any of the article's authors.
  await articles.createIndex(
    { _status: 1, authors: 1, publishedAt: -1 },
    { name: 'status_authors_publishedAt' },
  )
  // 快讯 by category and by coin, newest first (the /flash filters and a coin's 快讯).
  const flashes = adapter.connection.collection('flashes')
  await flashes.createIndex(
    { _status: 1, categories: 1, publishedAt: -1 },
    { name: 'status_categories_publishedAt' },
  )
  await flashes.createIndex(
    { _status: 1, coins: 1, publishedAt: -1 },
    { name: 'status_coins_publishedAt' },
  )
  const versions = adapter.versions.articles?.collection
  if (!versions) return
  await versions.createIndex(
    // Title and slug last, so the list's search (a regex) is tested on index keys, not documents.
    {
      latest: 1,
      'version.publishedAt': -1,
      createdAt: -1,
      [`version.title.${DEFAULT_LOCALE}`]: 1,
      'version.slug': 1,
    },
    { name: 'latest_publishedAt_localized' },
  )
  await versions.createIndex(
    { latest: 1, [`version.title.${DEFAULT_LOCALE}`]: 1, createdAt: -1 },
    { name: 'latest_title_localized' },
  )
  // The list's default order (last change first), with what its filters and search test, as the
  // SQLite migration admin_list_indexes.
  await versions.createIndex(
    {
      latest: 1,
      'version.updatedAt': -1,
      createdAt: -1,
      'version._status': 1,
      'version.authors': 1,
      [`version.title.${DEFAULT_LOCALE}`]: 1,
      'version.slug': 1,
    },
    // Renamed when the single author became `authors`: an index's keys cannot change in place.
    { name: 'latest_updatedAt_authors_localized' },
  )
  // The indexes of the unlocalized title and of the single author: they no longer index what
  // the admin reads.
  for (const name of ['latest_publishedAt', 'latest_title', 'latest_updatedAt_localized']) {
    if ((await versions.indexes()).some((index) => index.name === name))
      await versions.dropIndex(name)
  }
}
