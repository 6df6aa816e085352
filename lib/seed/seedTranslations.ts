import type { Payload } from 'payload'

import { demoArticles } from './articles'
import { demoEnglishVersions } from './english'
import { lexicalFromBlocks } from './lexical'
import { systemContext, type TId, type TSeedCount } from './seedByKey'
import { demoTags } from './tags'

/**
 * The English edition's demo content, written in the `en` locale of documents the seed has
 * created in zh-CN: the tags' English names and the English versions of some articles
 * (lib/seed/english). Idempotent like the rest of the seed: what already has English text is left
 * as it is (an editor may have reworded it), so a rerun writes nothing.
 */

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** English names and descriptions of the demo tags, by slug (`ids` from the tag seed). */
export async function seedEnglishTagNames(
  payload: Payload,
  ids: Map<string, TId>,
  counts: TSeedCount,
): Promise<void> {
  for (const tag of demoTags) {
    const id = ids.get(tag.slug)
    if (id === undefined) continue
    const current = await payload.findByID({
      collection: 'tags',
      id,
      locale: 'en',
      depth: 0,
      overrideAccess: true,
    })
    if (hasText(current.name)) {
      counts.existing++
      continue
    }
    await payload.update({
      collection: 'tags',
      id,
      locale: 'en',
      data: { name: tag.english.name, description: tag.english.description },
      overrideAccess: true,
      context: systemContext,
    })
    counts.created++
  }
}

/**
 * English title, summary and body of the demo articles that have one, found by their slug
 * (`slugOf`, as the article seed makes it). Saved like an editor's publish in the English locale,
 * so the article's other locales and fields stay as they are.
 */
export async function seedEnglishVersions(
  payload: Payload,
  {
    slugOf,
    imageIds,
    counts,
  }: {
    slugOf: (key: string) => string
    imageIds: Map<string, TId>
    counts: TSeedCount
  },
): Promise<void> {
  for (const version of demoEnglishVersions) {
    if (!demoArticles.some((article) => article.key === version.key)) continue
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slugOf(version.key) } },
      locale: 'en',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const article = docs[0]
    if (!article) continue
    if (hasText(article.title)) {
      counts.existing++
      continue
    }
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: version.title,
        summary: version.summary,
        body: lexicalFromBlocks(version.blocks, imageIds),
      },
      overrideAccess: true,
      context: systemContext,
    })
    counts.created++
  }
}
