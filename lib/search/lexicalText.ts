type TLexicalNode = { type?: string; text?: unknown; children?: unknown }

/** Nodes whose text ends a line: their neighbours' words must not run together. */
const INLINE = new Set(['text', 'link', 'autolink', 'linebreak', 'tab'])

function collect(node: TLexicalNode, out: string[]) {
  if (typeof node.text === 'string') out.push(node.text)
  if (Array.isArray(node.children))
    for (const child of node.children)
      if (child && typeof child === 'object') collect(child as TLexicalNode, out)
  if (node.type && !INLINE.has(node.type)) out.push('\n')
}

/** The visible text of a Lexical document (headings, paragraphs, lists, table cells), one block per line. */
export function lexicalPlainText(body: unknown): string {
  const root = (body as { root?: TLexicalNode } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  collect(root, out)
  return out
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim()
}
