import { notFound } from 'next/navigation'

import { DEFAULT_LOCALE, LOCALES, editionSegment, localeOfSegment, type TLocale } from './locales'

/** The route parameter every portal page has (app/(frontend)/[edition]). */
export type TEditionParams = { edition: string }

/** Every edition's segment: the layout's static parameters. */
export const editionStaticParams = (): TEditionParams[] =>
  LOCALES.map((locale) => ({ edition: editionSegment(locale) }))

/** The page's edition; any other first segment is not a portal page (404). */
export async function editionOf(params: Promise<TEditionParams>): Promise<TLocale> {
  const locale = localeOfSegment((await params).edition)
  if (!locale) notFound()
  return locale
}

/**
 * The layout's edition. A path outside every edition that reaches the layout (`/robots.txt/x` is
 * not rewritten) renders in the default edition, where its page answers 404.
 */
export async function layoutEditionOf(params: Promise<TEditionParams>): Promise<TLocale> {
  return localeOfSegment((await params).edition) ?? DEFAULT_LOCALE
}
