import { Converter } from 'opencc-js/cn2t'
import { Converter as ConverterToSimplified } from 'opencc-js/t2cn'

type TConvert = (text: string) => string

let converter: TConvert | undefined

/**
 * Simplified → Traditional with Taiwan phrases (OpenCC's s2twp: 信息 → 資訊, 软件 → 軟體), for the
 * 繁體 edition of content written in Simplified. The dictionaries (~1 MB) are loaded on the first
 * use only. Pages are cached, so conversion runs once per page render, never per visitor.
 * Not marked server-only: the portal's reads (lib/queries/editions.ts) convert, and the developer
 * tools that run those reads outside Next (`npm run db:plans`) cannot load such a module. ESLint
 * keeps it out of client components instead.
 */
export function toTraditional(text: string): string {
  converter ??= Converter({ from: 'cn', to: 'twp' })
  return converter(text)
}

type TLexicalNode = { type?: string; text?: unknown; children?: unknown; [key: string]: unknown }

/** Code keeps its characters: identifiers and sample output must not change. */
const KEEP_AS_WRITTEN = new Set(['code', 'code-highlight'])

function convertNode(node: TLexicalNode): TLexicalNode {
  if (KEEP_AS_WRITTEN.has(node.type ?? '')) return node
  const converted: TLexicalNode = { ...node }
  if (node.type === 'text' && typeof node.text === 'string')
    converted.text = toTraditional(node.text)
  if (Array.isArray(node.children))
    converted.children = node.children.map((child) =>
      child && typeof child === 'object' ? convertNode(child as TLexicalNode) : child,
    )
  return converted
}

/**
 * A Lexical body with every text node converted. Only reader-visible text changes: link URLs,
 * uploads, formats and code are kept, and the input is not modified.
 */
export function lexicalToTraditional<T>(body: T): T {
  if (!body || typeof body !== 'object') return body
  const root = (body as { root?: TLexicalNode }).root
  if (!root) return body
  return { ...body, root: convertNode(root) }
}

let toSimplifiedConverter: TConvert | undefined

/**
 * Traditional (Taiwan phrases) → Simplified, for what a 繁體 reader types into search: the index
 * holds the Chinese text as written, in Simplified.
 */
export function toSimplified(text: string): string {
  toSimplifiedConverter ??= ConverterToSimplified({ from: 'twp', to: 'cn' })
  return toSimplifiedConverter(text)
}
