import { DEFAULT_LOCALE, LOCALES, type TLocale } from '@/lib/i18n/locales'

/**
 * The content API's URLs (/api/v1, docs/api.md) that nginx keeps for anonymous callers and that a
 * change should renew at once, as the pages in articlePaths.ts: each in every edition, written the
 * way docs/api.md writes them (zh-CN without `locale`, the others with `locale=` first). Other
 * spellings of the same query (another parameter order, a `limit`) wait for the 1 s edge TTL.
 */

const segment = (value: string) => encodeURIComponent(value)

/** `/api/v1/<path>` in an edition: `?locale=en`, then the path's own parameters. */
function inEdition(locale: TLocale, path: string, query: [string, string][] = []): string {
  const parameters: [string, string][] =
    locale === DEFAULT_LOCALE ? query : [['locale', locale], ...query]
  const search = parameters.map(([name, value]) => `${name}=${segment(value)}`).join('&')
  return `/api/v1/${path}${search ? `?${search}` : ''}`
}

const everyEdition = (path: string, query?: [string, string][]) =>
  LOCALES.map((locale) => inEdition(locale, path, query))

/** An article's change: the unfiltered list, the article (old and new slug), its tags' and coins' lists. */
export function articleApiPaths(options: {
  slugs: readonly (string | null | undefined)[]
  tagSlugs: readonly string[]
  coinIds?: readonly string[]
}): string[] {
  const paths = new Set<string>(everyEdition('articles'))
  for (const slug of options.slugs)
    if (slug) for (const path of everyEdition(`articles/${segment(slug)}`)) paths.add(path)
  for (const tag of options.tagSlugs)
    for (const path of everyEdition('articles', [['tag', tag]])) paths.add(path)
  for (const coin of options.coinIds ?? [])
    for (const path of everyEdition('articles', [['coin', coin]])) paths.add(path)
  return [...paths]
}

/** A 快讯's change: the 快讯 list. */
export const flashApiPaths = (): string[] => everyEdition('flashes')

/** A tag's change: the tag list. */
export const tagApiPaths = (): string[] => everyEdition('tags')
