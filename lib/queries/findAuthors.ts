import type { Payload, PayloadRequest, Where } from 'payload'

import { documentId, idOfRelation, type TDocumentId } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import { toTraditional } from '@/lib/i18n/traditional'
import { bylineCredits, type TBylineCredit, type TCreditAccount } from '@/lib/authors/credits'
import { imageOf, type TImage } from './cards'

/**
 * The one way the portal reads accounts: a staff member's public profile. Accounts are closed to
 * visitors and readers, so these reads override access, and that is safe only because each names
 * the public fields in `select` and returns a TAuthorProfile built field by field: an e-mail,
 * roles, sessions or hashes never leave this file (tests/int/author-pages.int.spec.ts checks).
 */
export type TAuthorProfile = {
  id: string
  slug: string
  name: string
  bio: string | null
  avatar: TImage | null
}

/** A profile's own page: staff only, so a reader (or a demoted editor) with a slug has none. */
const HAS_PAGE: Where = { roles: { in: ['admin', 'editor'] } }

const PROFILE_SELECT = { displayName: true, profileSlug: true, bio: true, avatar: true } as const

type TProfileRow = {
  id: TDocumentId
  displayName?: unknown
  profileSlug?: unknown
  bio?: unknown
  avatar?: unknown
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null

/** The names and bios are written once; 繁體 gets them converted, like the articles' texts. */
const inEdition = (value: string, locale: TLocale) =>
  locale === 'zh-TW' ? toTraditional(value) : value

/** The avatar as a visitor may see it: through the media read rule, like every image on a page. */
async function avatarOf(payload: Payload, avatar: unknown): Promise<TImage | null> {
  const raw = idOfRelation(avatar)
  const id = raw === null ? null : documentId(raw, payload)
  if (id === null) return null
  // As a visitor (no user, access applied): an image still private stays hidden.
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { url: true, filename: true, alt: true, width: true, height: true, sizes: true },
    overrideAccess: false,
  })
  return imageOf(docs[0], 'thumbnail')
}

async function profileOf(
  payload: Payload,
  row: TProfileRow | undefined,
  locale: TLocale,
): Promise<TAuthorProfile | null> {
  const slug = text(row?.profileSlug)
  const name = text(row?.displayName)
  if (!row || !slug || !name) return null
  const bio = text(row.bio)
  return {
    id: String(row.id),
    slug,
    name: inEdition(name, locale),
    bio: bio === null ? null : inEdition(bio, locale),
    avatar: await avatarOf(payload, row.avatar),
  }
}

async function findProfileRow(payload: Payload, where: Where): Promise<TProfileRow | undefined> {
  // Server-side read of public fields only (see above); nobody's access is widened.
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [where, HAS_PAGE, { profileSlug: { exists: true } }] },
    select: PROFILE_SELECT,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] as TProfileRow | undefined
}

/** The staff profile at /authors/<slug>, or null (unknown slug, a reader's slug). */
export async function findAuthorBySlug(options: {
  payload: Payload
  slug: string
  locale: TLocale
}): Promise<TAuthorProfile | null> {
  const { payload, slug, locale } = options
  return profileOf(
    payload,
    await findProfileRow(payload, { profileSlug: { equals: slug } }),
    locale,
  )
}

/**
 * The accounts of the given authors as a byline needs them (names, page slugs, roles to tell
 * staff from contributors and readers). Server-side read of those fields only; bylineCredits
 * (lib/authors/credits.ts) turns them into names and links, and the roles go no further.
 */
export async function findCreditAccounts(
  payload: Payload,
  authorIds: TDocumentId[],
  /** A hook's request, so that the read joins its transaction. */
  req?: PayloadRequest,
): Promise<TCreditAccount[]> {
  const ids = [...new Set(authorIds.map(String))].flatMap((id) => documentId(id, payload) ?? [])
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { displayName: true, profileSlug: true, roles: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs.map((doc) => ({
    id: doc.id,
    displayName: doc.displayName,
    profileSlug: doc.profileSlug,
    roles: doc.roles,
  }))
}

/** The ids of an article's authors, in order, from a relationship value (a list or one value). */
export const authorIdsOf = (value: unknown): TDocumentId[] =>
  (Array.isArray(value) ? value : [value]).flatMap((entry) => idOfRelation(entry) ?? [])

/**
 * A published article's byline as names in the edition, each linked to its author's page when
 * the byline is the authors' own names and the author has a page (an editor may credit someone
 * else, e.g. a wire service; then the byline links nowhere). The article's authors are not
 * readable by visitors (collections/Articles: authors), so they are looked up here, for
 * published articles only; a draft or unknown id has none.
 */
export async function findBylineCredits(options: {
  payload: Payload
  articleId: string
  locale: TLocale
}): Promise<TBylineCredit[]> {
  const { payload, locale } = options
  const articleId = documentId(options.articleId, payload)
  if (articleId === null) return []
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
    select: { authors: true, byline: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const article = docs[0]
  if (!article) return []
  const authorIds = authorIdsOf(article.authors)
  const credits = bylineCredits({
    byline: article.byline,
    authorIds,
    accounts: await findCreditAccounts(payload, authorIds),
  })
  return credits.map((credit) => ({ ...credit, name: inEdition(credit.name, locale) }))
}

/** Every staff profile's slug, for the sitemap. */
export async function findAuthorSlugs(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [HAS_PAGE, { profileSlug: { exists: true } }] },
    select: { profileSlug: true },
    sort: 'profileSlug',
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
  })
  return docs.flatMap((doc) => text(doc.profileSlug) ?? [])
}
