import type {
  SerializedAutoLinkNode,
  SerializedLinkNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTML,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from 'lexical'

import { isSafeLinkUrl } from '@/lib/security/safeLinkUrl'
import { imageOf } from './present'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  )

/**
 * The portal's rules for a body, as HTML another site can embed: a link that could run script
 * (saved before links were checked) becomes its text, as on the article page
 * (components/article/bodyConverters.tsx); images are absolute URLs under SITE_URL.
 */
function converters(siteUrl: string): HTMLConvertersFunction {
  return ({ defaultConverters }) => {
    const link = (node: SerializedLinkNode | SerializedAutoLinkNode, children: string) => {
      const href = node.fields.url ?? ''
      if (node.fields.linkType === 'internal' || !href || !isSafeLinkUrl(href))
        return `<span>${children}</span>`
      const target = node.fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${escapeHtml(href)}"${target}>${children}</a>`
    }
    return {
      ...defaultConverters,
      link: ({ node, nodesToHTML }) =>
        link(node as SerializedLinkNode, nodesToHTML({ nodes: node.children }).join('')),
      autolink: ({ node, nodesToHTML }) =>
        link(node as SerializedAutoLinkNode, nodesToHTML({ nodes: node.children }).join('')),
      upload: ({ node }) => {
        const upload = node as SerializedUploadNode
        const image = imageOf(siteUrl, upload.value)
        if (!image) return ''
        const alt = (upload.fields as { alt?: string } | undefined)?.alt || image.alt
        return `<img src="${escapeHtml(image.url)}" alt="${escapeHtml(alt)}" width="${image.width}" height="${image.height}" />`
      },
    }
  }
}

/** An article body (Lexical JSON, uploads populated) as HTML and as plain text. */
export function bodyFormsOf(body: unknown, siteUrl: string): { html: string; text: string } {
  if (typeof body !== 'object' || body === null || !('root' in body)) return { html: '', text: '' }
  const data = body as SerializedEditorState
  return {
    html: convertLexicalToHTML({ data, converters: converters(siteUrl), disableContainer: true }),
    text: convertLexicalToPlaintext({ data }).trim(),
  }
}
