import { demoArticles } from '@/lib/seed/articles'
import { demoEnglishVersions, type TDemoEnglishVersion } from '@/lib/seed/english'
import { demoTags } from '@/lib/seed/tags'
import type { TDemoBlock } from '@/lib/seed/types'

/** CJK ideographs, CJK symbols and punctuation, and full-width forms. */
const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

/** The shape of a block, without its text: what an English version must keep from the original. */
const shape = (block: TDemoBlock) => {
  switch (block.type) {
    case 'list':
      return { type: block.type, ordered: block.ordered ?? false, items: block.items.length }
    case 'table':
      return {
        type: block.type,
        header: block.header.length,
        rows: block.rows.map((row) => row.length),
      }
    case 'image':
      return { type: block.type, image: block.image }
    default:
      return { type: block.type }
  }
}

const texts = (version: TDemoEnglishVersion): string[] => [
  version.key,
  version.title,
  version.summary,
  ...version.blocks.flatMap((block) => {
    if (block.type === 'list') return block.items
    if (block.type === 'table') return [...block.header, ...block.rows.flat()]
    if (block.type === 'image') return [block.image]
    return [block.text]
  }),
]

const original = (key: string) => demoArticles.find((article) => article.key === key)

describe('demo English versions', () => {
  test('at least 10 versions with unique keys, each of a published demo article', () => {
    expect(demoEnglishVersions.length).toBeGreaterThanOrEqual(10)
    const keys = demoEnglishVersions.map((version) => version.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) {
      const article = original(key)
      expect(article).toBeDefined()
      expect(article?.draft ?? false).toBe(false)
    }
  })

  test.each(demoEnglishVersions.map((version) => [version.key, version] as const))(
    '%s keeps the block structure of the original',
    (key, version) => {
      expect(version.blocks.map(shape)).toEqual(original(key)?.blocks.map(shape))
    },
  )

  test('no CJK characters anywhere', () => {
    for (const version of demoEnglishVersions) {
      for (const text of texts(version))
        expect({ key: version.key, cjk: cjk.test(text) }).toEqual({
          key: version.key,
          cjk: false,
        })
    }
  })

  test('titles and summaries are non-empty and not too long, and no text is blank', () => {
    for (const version of demoEnglishVersions) {
      expect(version.title.trim()).not.toBe('')
      expect(version.title.length).toBeLessThanOrEqual(120)
      expect(version.summary.trim()).not.toBe('')
      expect(version.summary.length).toBeLessThanOrEqual(300)
      for (const text of texts(version)) expect(text.trim()).not.toBe('')
    }
  })
})

describe('demo tags in English', () => {
  test('every tag has an English name (unique, at most 20 characters) and description, no CJK', () => {
    const names = demoTags.map((tag) => tag.english.name)
    expect(new Set(names).size).toBe(names.length)
    for (const { english } of demoTags) {
      expect(english.name.length).toBeLessThanOrEqual(20)
      expect(english.name.trim()).not.toBe('')
      expect(english.description.trim()).not.toBe('')
      expect(cjk.test(english.name + english.description)).toBe(false)
    }
  })
})
