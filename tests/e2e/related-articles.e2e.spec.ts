/**
 * 相关文章 on the production server, over real HTTP: the article page's 更多新闻 lists the desk's
 * picks first, in their order and without the unpublished one, then the automatic cards; when a
 * picked article is unpublished or renamed, the cached page drops or follows it within a second
 * (the picks are read under `article-lists`, lib/queries/index.ts); an article cannot pick itself.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { loginCookieFor } from '@/tests/helpers/restClient'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { RELATED_SELF_MESSAGE } from '@/collections/Articles/relatedArticles'
import { demoAccounts } from '@/lib/seed/accounts'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

let server: TProductionServer
let editorCookie = ''
let databaseDirectory = ''

const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!

beforeAll(async () => {
  databaseDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-related-'))
  server = await startProductionServer({
    DATABASE_URI: `file:${path.join(databaseDirectory, 'e2e.db')}`,
  })
  editorCookie = await loginCookieFor(server.baseUrl, editor)
})
afterAll(async () => {
  await server?.stop()
  await rm(databaseDirectory, { recursive: true, force: true })
})

async function asEditor(path: string, method: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: editorCookie, origin: server.baseUrl },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

/** Saves an article as an editor does in the admin; answers its id and slug. */
async function story(title: string, extra: Record<string, unknown> = {}) {
  const created = await asEditor('/api/articles', 'POST', {
    title,
    summary: `${title} 的摘要`,
    body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
    _status: 'published',
    ...extra,
  })
  expect(created.status).toBe(201)
  return created.body.doc as { id: number; slug: string }
}

/** The slugs 更多新闻 links to, in the order the reader sees them. */
function relatedSlugs(html: string): string[] {
  const from = html.indexOf('id="related-heading"')
  if (from < 0) return []
  const section = html.slice(from, html.indexOf('</section>', from))
  return section
    .split('<h3')
    .slice(1)
    .flatMap((heading) => {
      const link = /href="\/articles\/([^"?#]+)"/.exec(heading.slice(0, heading.indexOf('</h3>')))
      return link ? [decodeURIComponent(link[1]!)] : []
    })
}

const relatedOn = async (slug: string) =>
  relatedSlugs(await (await fetch(`${server.baseUrl}/articles/${slug}`)).text())

/** Polls the page until 更多新闻 satisfies `check`; answers how long that took. */
async function untilRelated(slug: string, check: (slugs: string[]) => boolean, limitMs = 5000) {
  const started = Date.now()
  let last: string[] = []
  while (Date.now() - started < limitMs) {
    last = await relatedOn(slug)
    if (check(last)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`更多新闻 of ${slug} is still ${JSON.stringify(last)}`)
}

test('更多新闻 shows the picks first, follows an unpublished or renamed pick within a second', async () => {
  const first = await story('相关 甲 First')
  const second = await story('相关 乙 Second')
  const third = await story('相关 丙 Third')
  const draft = await story('相关 丁 Draft', { _status: 'draft' })
  const picker = await story('挑选者 Picker', { related: [first.id, draft.id, second.id] })

  // Picked order first (not the newest first), the draft skipped, then the newest (丙) fills up.
  const shown = await relatedOn(picker.slug)
  expect(shown.slice(0, 3)).toEqual([first.slug, second.slug, third.slug])
  expect(shown).not.toContain(draft.slug)
  expect(shown).not.toContain(picker.slug)
  expect(shown).toHaveLength(6)
  expect(new Set(shown).size).toBe(shown.length)
  // Cached now: what follows proves expiry, not a first render.
  expect(await relatedOn(picker.slug)).toEqual(shown)

  expect((await asEditor(`/api/articles/${first.id}`, 'PATCH', { _status: 'draft' })).status).toBe(
    200,
  )
  expect(
    await untilRelated(
      picker.slug,
      (slugs) => slugs[0] === second.slug && !slugs.includes(first.slug),
    ),
  ).toBeLessThanOrEqual(1000)

  const renamed = `${second.slug}-renamed`
  expect((await asEditor(`/api/articles/${second.id}`, 'PATCH', { slug: renamed })).status).toBe(
    200,
  )
  expect(
    await untilRelated(
      picker.slug,
      (slugs) => slugs[0] === renamed && !slugs.includes(second.slug),
    ),
  ).toBeLessThanOrEqual(1000)

  // Published again, the first pick leads once more.
  expect(
    (await asEditor(`/api/articles/${first.id}`, 'PATCH', { _status: 'published' })).status,
  ).toBe(200)
  expect(
    await untilRelated(picker.slug, (slugs) => slugs[0] === first.slug && slugs[1] === renamed),
  ).toBeLessThanOrEqual(1000)
})

test('an article cannot pick itself: 400 with the reason', async () => {
  const article = await story('自己 Self')
  const answer = await asEditor(`/api/articles/${article.id}`, 'PATCH', { related: [article.id] })
  expect(answer.status).toBe(400)
  expect(JSON.stringify(answer.body)).toContain(RELATED_SELF_MESSAGE)
})
