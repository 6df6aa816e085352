type TLexicalNode = { type?: unknown; text?: unknown; children?: unknown }

/** Nodes that are content only through the text they hold. */
const TEXT_HOLDERS = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab'])

function lexicalHasContent(node: TLexicalNode | undefined): boolean {
  if (!node || typeof node !== 'object') return false
  if (typeof node.text === 'string' && node.text.trim()) return true
  // An image or a horizontal rule is content without any text.
  if (!node.children && !TEXT_HOLDERS.has(String(node.type))) return true
  return Array.isArray(node.children) && node.children.some((child) => lexicalHasContent(child))
}

/**
 * Whether an editor wrote something in a localized field: text that is not blank, or a Lexical
 * body with any content (the admin saves an untouched body as one empty paragraph).
 */
export function isWritten(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object' && 'root' in value)
    return lexicalHasContent((value as { root?: TLexicalNode }).root)
  return false
}
