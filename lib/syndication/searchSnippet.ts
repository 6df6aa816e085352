/**
 * How much of a title or description a search result shows: about 60 Latin characters of title
 * and 160 of description, a Chinese character taking the room of two. Used by the admin's
 * 搜索与分享 preview, so the editor sees where a result will be cut.
 */
export const SEARCH_TITLE_WIDTH = 60
export const SEARCH_DESCRIPTION_WIDTH = 160

/** East Asian wide characters (CJK, kana, hangul, full-width forms) count twice. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

export function clipForSearch(text: string, width: number): { text: string; clipped: boolean } {
  let used = 0
  let end = 0
  for (const character of text) {
    used += WIDE.test(character) ? 2 : 1
    if (used > width) return { text: `${text.slice(0, end).trimEnd()}…`, clipped: true }
    end += character.length
  }
  return { text, clipped: false }
}
