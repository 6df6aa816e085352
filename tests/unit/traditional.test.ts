import { lexicalToTraditional, toTraditional } from '@/lib/i18n/traditional'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

describe('Simplified → Traditional (Taiwan phrases)', () => {
  test.each([
    ['以太坊网络', '以太坊網路'],
    ['钱包软件的信息', '錢包軟體的資訊'],
    ['用户登录账户', '使用者登入賬戶'],
    ['比特币 ETF 资金流入', '比特幣 ETF 資金流入'],
    ['Ethereum 2026-12-05 +1.84%', 'Ethereum 2026-12-05 +1.84%'],
  ])('%s → %s', (simplified, traditional) => expect(toTraditional(simplified)).toBe(traditional))
})

describe('a Lexical body in Traditional', () => {
  const body = {
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: '链上数据显示', format: 1 },
            {
              type: 'link',
              fields: { url: 'https://example.com/数据', newTab: false },
              children: [{ type: 'text', text: '查看报告' }],
            },
          ],
        },
        { type: 'code', children: [{ type: 'text', text: 'const 数据 = 1' }] },
      ],
    },
  }

  test('converts what readers read and keeps URLs, formats and code', () => {
    const converted = lexicalToTraditional(body)
    const [paragraph, code] = converted.root.children as Array<{
      children: Array<Record<string, unknown>>
    }>
    expect(paragraph!.children[0]).toEqual({ type: 'text', text: '鏈上資料顯示', format: 1 })
    expect(paragraph!.children[1]).toMatchObject({
      fields: { url: 'https://example.com/数据' },
      children: [{ type: 'text', text: '檢視報告' }],
    })
    expect(code!.children[0]).toEqual({ type: 'text', text: 'const 数据 = 1' })
  })

  test('leaves the stored body untouched', () => {
    const before = JSON.stringify(body)
    lexicalToTraditional(body)
    expect(JSON.stringify(body)).toBe(before)
  })

  test('converts a seeded body of headings, lists and tables', () => {
    const seeded = lexicalFromBlocks([
      { type: 'h2', text: '数据来源' },
      { type: 'p', text: '本文信息仅供参考。' },
      { type: 'list', items: ['网络费用'] },
      { type: 'table', header: ['网络', '费用'], rows: [['以太坊', '较高']] },
    ])
    const text = JSON.stringify(lexicalToTraditional(seeded))
    for (const traditional of ['資料來源', '本文資訊僅供參考。', '網路費用', '較高'])
      expect(text).toContain(traditional)
    expect(text).not.toMatch(/数据|网络|较/)
  })
})
