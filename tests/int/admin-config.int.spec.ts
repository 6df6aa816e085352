/**
 * What an editor meets in the admin, read from the sanitized config Payload serves it from (no
 * database needed): one date format, the scheduling time zone, Chinese strings for our pieces.
 */
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { readFile } from 'node:fs/promises'

import { initI18n } from '@payloadcms/translations'
import type { SanitizedConfig } from 'payload'

import { ADMIN_DATE_FORMAT } from '@/lib/admin/adminDates'
import { getEnv } from '@/lib/env'

let config: SanitizedConfig

beforeAll(async () => {
  const { default: configPromise } = await import('@/payload.config')
  config = await configPromise
})

const articles = () => {
  const collection = config.collections.find((candidate) => candidate.slug === 'articles')
  if (!collection) throw new Error('no articles collection')
  return collection
}

describe('admin dates', () => {
  test('one date format on every screen: the config and every date field of the articles', () => {
    expect(config.admin.dateFormat).toBe(ADMIN_DATE_FORMAT)
    const dateFields = articles().flattenedFields.filter((field) => field.type === 'date')
    expect(dateFields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['publishedAt', 'updatedAt', 'createdAt']),
    )
    for (const field of dateFields) {
      const shown = field.admin?.date?.displayFormat
      // Without its own format a field shows the config's.
      expect(shown === undefined || shown === ADMIN_DATE_FORMAT).toBe(true)
    }
  })

  test('scheduling starts in the portal display time zone, which the picker offers', () => {
    const zone = getEnv().TZ_DISPLAY
    expect(config.admin.timezones.defaultTimezone).toBe(zone)
    expect(config.admin.timezones.supportedTimezones.map((option) => option.value)).toContain(zone)
  })
})

describe('admin language', () => {
  test('Chinese is the fallback and English stays selectable', () => {
    expect(config.i18n.fallbackLanguage).toBe('zh')
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual(['en', 'zh'])
  })

  test.each([
    ['newsroom:table', '表格'],
    ['newsroom:insertTable', '插入表格'],
    ['newsroom:tableRows', '行数'],
    ['newsroom:backToPortal', '返回首页'],
  ])('%s is %s in Chinese', async (key, chinese) => {
    const i18n = await initI18n({ config: config.i18n, context: 'client', language: 'zh' })
    expect(i18n.t(key as never)).toBe(chinese)
  })
})

describe('the body editor', () => {
  const features = () => {
    const body = articles().flattenedFields.find((field) => field.name === 'body')
    if (body?.type !== 'richText' || !body.editor) throw new Error('no body editor')
    const { editorConfig } = body.editor as unknown as { editorConfig: SanitizedServerEditorConfig }
    return { body, map: editorConfig.resolvedFeatureMap }
  }

  test('has the fixed toolbar beside the inline one', () => {
    expect([...features().map.keys()]).toEqual(
      expect.arrayContaining(['toolbarFixed', 'toolbarInline', 'experimental_table']),
    )
  })

  test('tables use our client side (Chinese labels, header row) and a labelled dialog', () => {
    const { body, map } = features()
    const table = map.get('experimental_table')
    expect(table?.ClientFeature).toBe(
      '/components/admin/ArticleTableFeature.client#ArticleTableFeatureClient',
    )
    const schemaMap = table?.generateSchemaMap?.({
      config,
      field: body,
      i18n: {} as never,
      props: {},
      schemaMap: new Map(),
      schemaPath: 'articles.body',
    })
    const dialog = schemaMap?.get('fields')
    const labels =
      dialog && 'fields' in dialog
        ? dialog.fields.map((field) => ('label' in field ? field.label : undefined))
        : []
    expect(labels).toEqual([
      { zh: '行数', en: 'Rows' },
      { zh: '列数', en: 'Columns' },
    ])
  })
})

describe('our admin components', () => {
  const UNAUTHORIZED = '/components/admin/UnauthorizedView#UnauthorizedView'
  const TABLE = '/components/admin/ArticleTableFeature.client#ArticleTableFeatureClient'
  const PUBLISH = '/components/admin/PublishAfterAutosave.client#PublishAfterAutosave'

  test("the unauthorized view (a way back to the portal) replaces Payload's", () => {
    expect(config.admin.components.views?.unauthorized?.Component).toBe(UNAUTHORIZED)
  })

  test('the autosaving collections keep a 发布修改 click made during an autosave', () => {
    for (const slug of ['articles', 'flashes']) {
      const collection = config.collections.find((each) => each.slug === slug)
      expect(collection?.admin?.components?.edit?.PublishButton).toBe(PUBLISH)
    }
  })

  // `payload generate:importmap` sometimes exits 0 having written nothing: a component missing
  // from the map renders as nothing in the admin.
  test.each([UNAUTHORIZED, TABLE, PUBLISH, '@payloadcms/next/client#SlugField'])(
    'the import map holds %s',
    async (component) => {
      const importMap = await readFile('app/(payload)/admin/importMap.js', 'utf8')
      expect(importMap).toContain(`"${component}":`)
    },
  )
})

describe('the slug before saving', () => {
  test("the admin's 生成 button (Payload's slugify server function) gets the title's slug", async () => {
    const slug = articles().flattenedFields.find((field) => field.name === 'slug')
    const slugify = slug?.custom?.slugify as
      ((args: { valueToSlugify: unknown }) => string) | undefined
    expect(slug?.admin?.components?.Field).toMatchObject({
      path: '@payloadcms/next/client#SlugField',
    })
    expect(slugify?.({ valueToSlugify: '以太坊 Pectra 升级' })).toMatch(/^pectra-[a-z0-9]{8}$/)
    expect(slugify?.({ valueToSlugify: '比特币减半' })).toMatch(/^\d{8}-[a-z0-9]{6}$/)
  })
})
