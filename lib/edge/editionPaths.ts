import { LOCALES, localizedPath } from '@/lib/i18n/locales'

/**
 * Each path as every edition's page (`/articles/a`, `/zh-tw/articles/a`, `/en/articles/a`): a
 * change reaches every edition's cached copy. zh-CN's paths first, in their given order (home
 * and article first), then zh-TW's and English's. A page an edition does not have (an article
 * without an English version) answers 404, which the refresh counts as an answer.
 */
export function inEveryEdition(paths: readonly string[]): string[] {
  return LOCALES.flatMap((locale) => paths.map((path) => localizedPath(locale, path)))
}
