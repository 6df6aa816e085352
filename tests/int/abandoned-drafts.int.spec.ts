/**
 * With autosave, 创建新条目 creates the article (or 快讯) as soon as the form opens. The ones
 * nobody wrote in are deleted after a day; nothing anyone typed, and nothing published, goes.
 */
import { ABANDONED_AFTER_MS, deleteAbandonedDrafts } from '@/lib/drafts/abandonedDrafts'
import { makeArticle, makeFlash } from '@/tests/helpers/fixtures'
import { startPayloadWithActorsForFile } from '@/tests/helpers/payloadWithActors'

const session = startPayloadWithActorsForFile()

const aDayLater = () => Date.now() + ABANDONED_AFTER_MS + 60_000

/** What the admin's create view does when 创建新条目 is clicked on an autosaved collection. */
const openNewForm = (collection: 'articles' | 'flashes') =>
  session.payload.create({
    collection,
    data: {},
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: { ...session.actors.editor, collection: 'users' },
  })

const exists = async (collection: 'articles' | 'flashes', id: number | string) =>
  (await session.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs === 1

/** A second later, as a typing editor's autosave would be. */
const autosaveLater = async (
  collection: 'articles' | 'flashes',
  id: number | string,
  data: Record<string, unknown>,
) => {
  await new Promise((resolve) => setTimeout(resolve, 1100))
  await session.payload.update({
    collection,
    id,
    data,
    draft: true,
    autosave: true,
    overrideAccess: true,
  })
}

test('an untouched new article and 快讯 are deleted a day later, not before', async () => {
  const article = await openNewForm('articles')
  const flash = await openNewForm('flashes')
  await deleteAbandonedDrafts(session.payload)
  expect(await exists('articles', article.id)).toBe(true)
  expect(await exists('flashes', flash.id)).toBe(true)

  expect(await deleteAbandonedDrafts(session.payload, aDayLater())).toBeGreaterThanOrEqual(2)
  expect(await exists('articles', article.id)).toBe(false)
  expect(await exists('flashes', flash.id)).toBe(false)
})

test('a new draft the editor typed into is kept, though only its autosaved version holds the text', async () => {
  const article = await openNewForm('articles')
  await autosaveLater('articles', article.id, { title: '只写了标题' })
  const flash = await openNewForm('flashes')
  await autosaveLater('flashes', flash.id, { text: '只写了一句' })
  await deleteAbandonedDrafts(session.payload, aDayLater())
  expect(await exists('articles', article.id)).toBe(true)
  expect(await exists('flashes', flash.id)).toBe(true)
})

test('a draft emptied again by its editor is kept: it was worked on', async () => {
  const article = await openNewForm('articles')
  await autosaveLater('articles', article.id, { summary: '' })
  await deleteAbandonedDrafts(session.payload, aDayLater())
  expect(await exists('articles', article.id)).toBe(true)
})

test('drafts made with content and published articles and 快讯 are never touched', async () => {
  const draft = await makeArticle(session.payload, { status: 'draft' })
  const published = await makeArticle(session.payload)
  const flash = await makeFlash(session.payload)
  const flashDraft = await makeFlash(session.payload, { status: 'draft' })
  await deleteAbandonedDrafts(session.payload, aDayLater())
  expect(await exists('articles', draft.id)).toBe(true)
  expect(await exists('articles', published.id)).toBe(true)
  expect(await exists('flashes', flash.id)).toBe(true)
  expect(await exists('flashes', flashDraft.id)).toBe(true)
})
