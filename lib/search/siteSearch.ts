import { createLocalReq, type Payload } from 'payload'
import { z } from 'zod'

import { findCollectionMatches } from '@/endpoints/coins/collectionMatches'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { toSimplified, toTraditional } from '@/lib/i18n/traditional'

import type { TSearchKind, TSearchLanguage } from './entries'
import type { TSearchCursor } from './indexHits'
import { parseSearchQuery, type TQueryProblem } from './query'
import { searchIndex } from './searchIndex'
import { highlightSnippet, type TSnippetPart } from './snippet'

export const SEARCH_TABS = ['articles', 'flashes'] as const
export type TSearchTab = (typeof SEARCH_TABS)[number]
export const SEARCH_PAGE_SIZE = 20

const KIND_OF: Record<TSearchTab, TSearchKind> = { articles: 'article', flashes: 'flash' }
const COIN_LIMIT = 6
const TAG_LIMIT = 8

export type TSearchHitView = {
  kind: TSearchKind
  title: string
  href: string
  publishedAt: string
  snippet: TSnippetPart[]
  inTitle: boolean
}
export type TCoinHitView = { marketDataId: string; symbol: string; name: string }
export type TTagHitView = { name: string; slug: string; href: string }

export type TSiteSearch =
  | { ok: false; problem: TQueryProblem; text: string }
  | {
      ok: true
      text: string
      tab: TSearchTab
      hits: TSearchHitView[]
      /** The next page's cursor (opaque), or null on the last page. */
      next: string | null
      coins: TCoinHitView[]
      tags: TTagHitView[]
    }

/** The cursor as it travels in a URL: `title.1764990000123456`. */
export const ZSearchCursor = z
  .string()
  .regex(/^(title|body)\.\d{1,16}$/, 'cursor is not one this site gave out')
  .transform((value): TSearchCursor => {
    const [phase, rank] = value.split('.')
    return { phase: phase as TSearchCursor['phase'], rank: Number(rank) }
  })

export const cursorParam = (cursor: TSearchCursor) => `${cursor.phase}.${cursor.rank}`

const languageOf = (locale: TLocale): TSearchLanguage => (locale === 'en' ? 'en' : 'zh')

/** Shown text in the edition: the 繁體 edition reads the Chinese index converted. */
const shown = (locale: TLocale, text: string) => (locale === 'zh-TW' ? toTraditional(text) : text)

async function coinHits(payload: Payload, text: string): Promise<TCoinHitView[]> {
  if (text.length > 40 || !/^[\p{L}\p{M}\p{N} .-]+$/u.test(text)) return []
  const req = await createLocalReq({}, payload)
  const coins = await findCollectionMatches(req, text, 30)
  return coins.slice(0, COIN_LIMIT).map((coin) => ({
    marketDataId: coin.marketDataId,
    symbol: coin.symbol,
    name: coin.nameZh && text !== coin.symbol ? `${coin.nameZh} ${coin.name}` : coin.name,
  }))
}

async function tagHits(payload: Payload, text: string, locale: TLocale): Promise<TTagHitView[]> {
  const { docs } = await payload.find({
    collection: 'tags',
    where: { or: [{ name: { contains: text } }, { slug: { contains: text.toLowerCase() } }] },
    locale: locale === 'en' ? 'en' : 'zh-CN',
    limit: TAG_LIMIT,
    depth: 0,
    overrideAccess: false,
  })
  return docs.flatMap((tag) =>
    tag.name && tag.slug
      ? [
          {
            name: shown(locale, tag.name),
            slug: tag.slug,
            href: localizedPath(locale, `/tag/${tag.slug}`),
          },
        ]
      : [],
  )
}

function hrefOf(locale: TLocale, kind: TSearchKind, docId: string, slug: string | null) {
  return localizedPath(locale, kind === 'article' ? `/articles/${slug}` : `/flash/${docId}`)
}

/**
 * One search as the page and GET /api/search answer it: a page of articles or 快讯 (title matches
 * first, newest first, snippets with the words marked), plus the coins and tags the words name.
 * A query the index cannot take comes back as a problem for the page to explain, never an error.
 */
export async function searchSite(
  payload: Payload,
  options: { q: string; locale: TLocale; tab: TSearchTab; cursor: TSearchCursor | null },
): Promise<TSiteSearch> {
  const { locale, tab } = options
  const asked = options.q.replace(/\s+/g, ' ').trim()
  const parsed = parseSearchQuery(locale === 'zh-TW' ? toSimplified(asked) : asked)
  if (!parsed.ok) return { ok: false, problem: parsed.problem, text: asked }
  const { query } = parsed
  const [page, coins, tags] = await Promise.all([
    searchIndex(payload, {
      query,
      kind: KIND_OF[tab],
      language: languageOf(locale),
      cursor: options.cursor,
      limit: SEARCH_PAGE_SIZE,
    }),
    options.cursor ? [] : coinHits(payload, query.text),
    options.cursor ? [] : tagHits(payload, query.text, locale),
  ])
  return {
    ok: true,
    text: asked,
    tab,
    hits: page.hits.map((hit) => ({
      kind: KIND_OF[tab],
      title: shown(locale, hit.title || hit.text.slice(0, 48)),
      href: hrefOf(locale, KIND_OF[tab], hit.docId, hit.slug),
      publishedAt: hit.publishedAt,
      inTitle: hit.inTitle,
      snippet: highlightSnippet(hit.text, query.words).map((part) => ({
        ...part,
        text: shown(locale, part.text),
      })),
    })),
    next: page.next ? cursorParam(page.next) : null,
    coins,
    tags,
  }
}
