import { readdirSync } from 'node:fs'
import path from 'node:path'

import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

type TTree = { [key: string]: string | TTree }

/** Every message as `namespace.key.sub` → text. */
function flatten(tree: TTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(name, value)
    else for (const [k, v] of flatten(value, name)) out.set(k, v)
  }
  return out
}

/** The ICU arguments a message takes ({count}, {name, plural, …}), sorted. */
const argumentsOf = (message: string) =>
  [...message.matchAll(/\{\s*([A-Za-z_][\w]*)/g)].map((match) => match[1]).sort()

const source = flatten(MESSAGES[DEFAULT_LOCALE] as unknown as TTree)

describe('message catalogs', () => {
  test('every namespace file under messages/ is loaded, for every edition', () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join('messages', locale))
        .map((file) => file.replace(/\.json$/, ''))
        .sort()
      expect(files).toEqual(Object.keys(MESSAGES[locale]).sort())
    }
  })

  test.each(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE))(
    '%s has exactly the keys of zh-CN, with the same arguments',
    (locale) => {
      const catalog = flatten(MESSAGES[locale] as unknown as TTree)
      expect([...catalog.keys()].sort()).toEqual([...source.keys()].sort())
      for (const [key, text] of source)
        expect({ key, arguments: argumentsOf(catalog.get(key) ?? '') }).toEqual({
          key,
          arguments: argumentsOf(text),
        })
    },
  )

  test.each([...LOCALES])('%s has no empty message', (locale) => {
    const empty = [...flatten(MESSAGES[locale] as unknown as TTree)]
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key)
    expect(empty).toEqual([])
  })

  test('the Chinese editions are written in their own script', () => {
    // A few characters whose Simplified and Traditional forms differ: a zh-TW text copied from
    // zh-CN without conversion shows up here.
    const simplifiedOnly = /[这个们发时间来说为对会后过还进没开关问题应该数据资声页载]/u
    const copied = [...flatten(MESSAGES['zh-TW'] as unknown as TTree)]
      .filter(([, text]) => simplifiedOnly.test(text))
      .map(([key, text]) => `${key}: ${text}`)
    expect(copied).toEqual([])
  })
})
