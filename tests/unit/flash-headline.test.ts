import { flashHeadline, HEADLINE_MAX } from '@/lib/flash/headline'

describe('a flash’s headline', () => {
  test('is its title when it has one', () => {
    expect(flashHeadline({ title: '标题', text: '正文第一句。第二句。' })).toBe('标题')
  })

  test('is the first sentence of the text otherwise, without its full stop', () => {
    expect(
      flashHeadline({ title: null, text: 'BTC 短时突破 65,000 美元。24 小时涨幅 2.1%。' }),
    ).toBe('BTC 短时突破 65,000 美元')
    expect(flashHeadline({ title: null, text: 'Is this the top? Analysts disagree.' })).toBe(
      'Is this the top?',
    )
  })

  test('is cut with an ellipsis when the sentence is long', () => {
    const headline = flashHeadline({ title: null, text: '链'.repeat(200) })
    expect([...headline]).toHaveLength(HEADLINE_MAX)
    expect(headline.endsWith('…')).toBe(true)
  })
})
