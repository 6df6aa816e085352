/** How long a headline made from a flash's text may be, in characters. */
export const HEADLINE_MAX = 60

/**
 * A flash's headline: its title, or (most flashes have none) its text's first sentence, cut at
 * HEADLINE_MAX with an ellipsis. Page titles, the permalink's heading and the 快讯 module use it.
 */
export function flashHeadline(flash: { title: string | null; text: string }): string {
  if (flash.title) return flash.title
  const text = flash.text.trim()
  const sentence = /^[^。！？!?\n]+[。！？!?]?/u.exec(text)?.[0] ?? text
  const chars = [...sentence.replace(/[。]$/u, '')]
  return chars.length > HEADLINE_MAX
    ? `${chars.slice(0, HEADLINE_MAX - 1).join('')}…`
    : chars.join('')
}
