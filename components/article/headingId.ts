type TNode = { text?: unknown; children?: unknown }

function plainText(node: TNode): string {
  const own = typeof node.text === 'string' ? node.text : ''
  const children = Array.isArray(node.children) ? (node.children as TNode[]) : []
  return own + children.map(plainText).join('')
}

/**
 * A stable anchor for a body heading ("#h-2-历史背景"): its position keeps ids unique, its text
 * keeps links readable. Browsers percent-encode the Chinese characters on their own.
 */
export function headingId(node: TNode, index: number): string {
  const words = plainText(node)
    .trim()
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return words ? `h-${index}-${words}` : `h-${index}`
}
