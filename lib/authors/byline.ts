/**
 * How several authors' names make one byline: in the authors' order, joined by the Chinese
 * enumeration comma (、), in every edition, since the byline is stored once on the article.
 */
export const BYLINE_SEPARATOR = '、'

export function joinAuthorNames(names: readonly string[]): string {
  return names.join(BYLINE_SEPARATOR)
}
