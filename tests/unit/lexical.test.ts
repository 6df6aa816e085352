import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { lexicalFromBlocks } from '@/lib/seed/lexical'

describe('demo bodies in Lexical form', () => {
  const state = lexicalFromBlocks([
    { type: 'h2', text: '提案内容' },
    { type: 'p', text: '第一段。' },
    { type: 'list', ordered: true, items: ['一', '二'] },
    { type: 'quote', text: '引用' },
    {
      type: 'table',
      header: ['项目名称', '融资额'],
      rows: [
        ['甲', '500 万美元'],
        ['乙', '1200 万美元'],
      ],
    },
  ])

  test('render with Payload’s own converter to headings, lists, quotes and a real table', () => {
    const html = convertLexicalToHTML({ data: state })
    expect(html).toContain('<h2')
    expect(html).toContain('提案内容')
    expect(html).toMatch(/<ol[\s\S]*<li[\s\S]*一[\s\S]*<\/ol>/)
    expect(html).toContain('<blockquote')
    expect(html).toMatch(
      /<table[\s\S]*<th[\s\S]*项目名称[\s\S]*<td[\s\S]*1200 万美元[\s\S]*<\/table>/,
    )
  })

  test('an image block whose picture is unknown is left out rather than broken', () => {
    const withImage = lexicalFromBlocks([
      { type: 'image', image: 'missing' },
      { type: 'p', text: 'x' },
    ])
    expect(withImage.root.children).toHaveLength(1)
  })
})
