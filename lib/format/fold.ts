/**
 * Bodies longer than this many characters of text are folded behind 展开阅读全文. The full text is
 * always in the HTML; folding is presentation only.
 */
export const FOLD_THRESHOLD_CHARACTERS = 1200

type TLexicalNode = { text?: unknown; children?: unknown }

/** Characters of visible text in a Lexical document. */
export function textLengthOf(node: TLexicalNode | null | undefined): number {
  if (!node || typeof node !== 'object') return 0
  const own = typeof node.text === 'string' ? node.text.length : 0
  const children = Array.isArray(node.children) ? node.children : []
  return children.reduce((sum: number, child) => sum + textLengthOf(child as TLexicalNode), own)
}

export function shouldFold(root: TLexicalNode | null | undefined): boolean {
  return textLengthOf(root) > FOLD_THRESHOLD_CHARACTERS
}
