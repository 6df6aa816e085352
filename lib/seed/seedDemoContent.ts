import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { demoAccounts } from './accounts'
import { demoArticles } from './articles'
import { demoCoins } from './coins'
import { fillDemoCoinNames } from './fillDemoCoinNames'
import { demoImages, renderDemoImage } from './images'
import { lexicalFromBlocks } from './lexical'
import { createProgress } from './progress'
import { seedByKey, systemContext, type TId, type TSeedCount } from './seedByKey'
import { demoTags } from './tags'
import { seedFlashCategories, seedFlashes } from './seedFlashes'
import { seedEnglishTagNames, seedEnglishVersions } from './seedTranslations'
import type { TDemoArticle } from './types'

/** Generated types say number (SQLite's IDs); on MongoDB the same values are strings. */
const asRelation = (id: TId) => id as number

export type TSeedOptions = {
  /** Create the local admin/editor/reader accounts. */
  accounts: boolean
  log?: (line: string) => void
}

/**
 * `translations`: English tag names and article versions (seedTranslations.ts); `flashes`: the
 * 快讯 (their categories and English versions come with them, seedFlashes.ts).
 */
export type TSeedSummary = Record<
  'accounts' | 'tags' | 'coins' | 'media' | 'articles' | 'translations' | 'flashes',
  TSeedCount
>

/** Slug of a demo article: stable across reruns even if its title is reworded. */
export function demoArticleSlug(article: Pick<TDemoArticle, 'key'>): string {
  const hash = createHash('sha1').update(article.key).digest('hex').slice(0, 6)
  return `${article.key.replace(/^p\d+-/, '')}-${hash}`
}

function seedAccounts(payload: Payload, counts: TSeedCount) {
  return seedByKey({
    payload,
    collection: 'users',
    items: demoAccounts,
    counts,
    nameOf: (account) => account.roles[0],
    match: (account) => ({ email: { equals: account.email } }),
    document: async (account) => ({ data: { ...account, roles: [...account.roles] } }),
  })
}

function seedTags(payload: Payload, counts: TSeedCount) {
  return seedByKey({
    payload,
    collection: 'tags',
    items: demoTags,
    counts,
    nameOf: (tag) => tag.slug,
    match: (tag) => ({ slug: { equals: tag.slug } }),
    document: async ({ english: _english, ...tag }, index) => ({
      data: { ...tag, order: (index + 1) * 10 },
    }),
  })
}

function seedCoins(payload: Payload, counts: TSeedCount) {
  const seededAt = new Date().toISOString()
  return seedByKey({
    payload,
    collection: 'coins',
    items: demoCoins,
    counts,
    nameOf: (coin) => coin.marketDataId,
    match: (coin) => ({ marketDataId: { equals: coin.marketDataId } }),
    document: async (coin) => ({
      data: { ...coin, aliases: [...coin.aliases], priceUpdatedAt: seededAt },
    }),
  })
}

const mediaFilename = (image: { key: string }) => `demo-${image.key}.png`

function seedMedia(payload: Payload, counts: TSeedCount) {
  return seedByKey({
    payload,
    collection: 'media',
    items: demoImages,
    counts,
    nameOf: (image) => image.key,
    match: (image) => ({ filename: { equals: mediaFilename(image) } }),
    document: async (image) => {
      const data = await renderDemoImage(image)
      const file = { data, mimetype: 'image/png', name: mediaFilename(image), size: data.length }
      return { data: { alt: image.alt }, file }
    },
  })
}

function idsFor(
  keys: readonly string[],
  ids: Map<string, TId>,
  kind: string,
  article: string,
): TId[] {
  return keys.map((key) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Demo article ${article} names unknown ${kind} "${key}"`)
    return id
  })
}

/**
 * Writes the demo content. Idempotent: everything is looked up by a stable key (email, slug,
 * marketDataId, file name) and only what is missing is created, so a rerun changes nothing.
 */
export async function seedDemoContent(
  payload: Payload,
  options: TSeedOptions,
): Promise<TSeedSummary> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const summary: TSeedSummary = {
    accounts: { created: 0, existing: 0 },
    tags: { created: 0, existing: 0 },
    coins: { created: 0, existing: 0 },
    media: { created: 0, existing: 0 },
    articles: { created: 0, existing: 0 },
    translations: { created: 0, existing: 0 },
    flashes: { created: 0, existing: 0 },
  }
  const authors = options.accounts
    ? await seedAccounts(payload, summary.accounts)
    : new Map<string, TId>()
  const tagIds = await seedTags(payload, summary.tags)
  await seedEnglishTagNames(payload, tagIds, summary.translations)
  const coinIds = await seedCoins(payload, summary.coins)
  const named = await fillDemoCoinNames(payload)
  if (named > 0) log(`Demo coins given Chinese names and aliases: ${named}`)
  const imageIds = await seedMedia(payload, summary.media)

  const authorIds = [authors.get('editor'), authors.get('admin')].filter((id) => id !== undefined)
  const seedTime = Date.now()
  const progress = createProgress('Seeding demo articles', demoArticles.length, log)
  for (const [index, article] of demoArticles.entries()) {
    const slug = demoArticleSlug(article)
    const found = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    if (found.docs.length > 0) {
      summary.articles.existing++
      progress(index + 1)
      continue
    }
    const publishedAt = new Date(seedTime - article.hoursAgo * 3600_000)
    publishedAt.setMilliseconds(0)
    const firstTag = article.tags[0]
    const cover = firstTag ? imageIds.get(`cover-${firstTag}`) : undefined
    // The staff take turns; a co-authored article also names the other one (the byline: A、B).
    const turn = index % Math.max(authorIds.length, 1)
    const authors = article.coAuthored
      ? [...authorIds.slice(turn), ...authorIds.slice(0, turn)]
      : authorIds.slice(turn, turn + 1)
    await payload.create({
      collection: 'articles',
      draft: Boolean(article.draft),
      data: {
        title: article.title,
        slug,
        summary: article.summary,
        body: lexicalFromBlocks(article.blocks, imageIds),
        cover: cover === undefined ? undefined : asRelation(cover),
        tags: idsFor(article.tags, tagIds, 'tag', article.key).map(asRelation),
        coins: idsFor(article.coins, coinIds, 'coin', article.key).map(asRelation),
        authors: authors.map(asRelation),
        byline: authors.length === 0 ? 'Newsroom 编辑部' : undefined,
        source: article.source,
        featured: Boolean(article.featured),
        publishedAt: article.draft ? undefined : publishedAt.toISOString(),
        _status: article.draft ? 'draft' : 'published',
      },
      overrideAccess: true,
      context: systemContext,
    })
    summary.articles.created++
    progress(index + 1)
  }
  await seedEnglishVersions(payload, {
    slugOf: (key) => demoArticleSlug({ key }),
    imageIds,
    counts: summary.translations,
  })
  const categoryIds = await seedFlashCategories(payload, { created: 0, existing: 0 })
  await seedFlashes(payload, { coinIds, categoryIds, counts: summary.flashes, log })
  return summary
}
