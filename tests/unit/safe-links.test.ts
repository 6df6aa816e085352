import { RichText } from '@payloadcms/richtext-lexical/react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { bodyConverters } from '@/components/article/bodyConverters'
import { isSafeLinkUrl } from '@/lib/security/safeLinkUrl'

const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  '\u001fjavascript:alert(1)',
  'javascript\u0000:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  'file:///etc/passwd',
]
const SAFE = [
  'https://example.com/a?b=c#d',
  'HTTP://example.com',
  'mailto:news@example.com',
  'tel:+8610123456',
  '/articles/some-slug',
  '#section',
  '?page=2',
  'relative/path',
  '',
]

describe('link URLs in article bodies', () => {
  test.each(UNSAFE)('%j is refused', (url) => expect(isSafeLinkUrl(url)).toBe(false))
  test.each(SAFE)('%j is allowed', (url) => expect(isSafeLinkUrl(url)).toBe(true))
})

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const bodyWithLink = (type: 'link' | 'autolink', url: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: [
          {
            type,
            format: '',
            indent: 0,
            version: 3,
            direction: null,
            fields: { url, linkType: 'custom', newTab: false },
            children: [text('点击')],
          },
        ],
      },
    ],
  },
})
const render = (type: 'link' | 'autolink', url: string) =>
  renderToStaticMarkup(
    createElement(RichText, {
      data: bodyWithLink(type, url) as never,
      converters: bodyConverters('http://x', 'table'),
    }),
  )

describe('links in a rendered body', () => {
  test.each(['link', 'autolink'] as const)('a %s to javascript: renders as text', (type) => {
    const html = render(type, ' JavaScript:alert(1)')
    expect(html).toContain('点击')
    expect(html).not.toMatch(/<a\b/)
    expect(html.toLowerCase()).not.toContain('javascript')
  })

  test.each(['link', 'autolink'] as const)('a %s to https: stays a link', (type) => {
    expect(render(type, 'https://example.com/')).toContain('<a href="https://example.com/"')
  })
})
