/**
 * What an article may carry, over real HTTP: only newsroom accounts as its authors, up to five and
 * each once (the byline never names a reader), and no link in its body that could run script.
 */
import type { Payload } from 'payload'

import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'editor'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  await signIn('editor', actors.editor.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const article = (extra: Record<string, unknown> = {}) => ({
  title: '内容测试',
  summary: '摘要',
  body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
  _status: 'published',
  ...extra,
})

const bodyLinkingTo = (url: string, type: 'link' | 'autolink' = 'link') => {
  const body = lexicalFromBlocks([{ type: 'p', text: '正文' }]) as unknown as {
    root: { children: { children: unknown[] }[] }
  }
  body.root.children[0]!.children.push({
    type,
    version: 3,
    format: '',
    indent: 0,
    direction: null,
    fields: { url, linkType: 'custom', newTab: false },
    children: [
      { type: 'text', text: '链接', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    ],
  })
  return body
}

describe('authors', () => {
  test.each([
    ['alone', () => [actors.readerA.id]],
    ['beside staff', () => [actors.editor.id, actors.readerA.id]],
  ])('a reader account is refused as author (%s) with a 400 that says why', async (_, authors) => {
    const created = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ authors: authors() }),
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain(
      'the author must be an admin, editor or contributor',
    )
  })

  test('more than five authors, or one named twice, is a 400', async () => {
    const six = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ authors: Array.from({ length: 6 }, () => actors.editor.id) }),
    })
    expect(six.status).toBe(400)
    const twice = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ authors: [actors.admin.id, actors.admin.id] }),
    })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.body)).toContain('an author can be named only once')
  })

  test('changing the author of a published article to a reader is refused too', async () => {
    const created = await api('/api/articles', { method: 'POST', as: 'editor', json: article() })
    expect(created.status).toBe(201)
    const changed = await api(`/api/articles/${created.body.doc.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { authors: [actors.readerB.id] },
    })
    expect(changed.status).toBe(400)
    const read = await api(`/api/articles/${created.body.doc.id}`)
    expect(read.body.byline).toBe('Editor')
  })

  test('a draft naming a reader never takes the reader’s name as byline, and cannot publish', async () => {
    const draft = await api('/api/articles?draft=true', {
      method: 'POST',
      as: 'editor',
      json: article({ _status: 'draft', authors: [actors.readerA.id] }),
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.byline ?? '').not.toBe('Reader A')
    const published = await api(`/api/articles/${draft.body.doc.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { _status: 'published' },
    })
    expect(published.status).toBe(400)
  })

  test('staff authors are accepted and give the byline, their names in order', async () => {
    const created = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ authors: [actors.admin.id] }),
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.byline).toBe('Admin')
    const twoAuthors = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ authors: [actors.editor.id, actors.admin.id] }),
    })
    expect(twoAuthors.status).toBe(201)
    expect(twoAuthors.body.doc.byline).toBe('Editor、Admin')
    // Without authors in the body, the one saving is the author.
    const byDefault = await api('/api/articles', { method: 'POST', as: 'editor', json: article() })
    expect(byDefault.body.doc.byline).toBe('Editor')
  })

  test('a typed byline stays when the authors change', async () => {
    const created = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ authors: [actors.editor.id], byline: '路透社' }),
    })
    const changed = await api(`/api/articles/${created.body.doc.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { authors: [actors.admin.id, actors.editor.id] },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.byline).toBe('路透社')
  })
})

describe('links in the body', () => {
  test.each([
    ['link', 'javascript:alert(document.cookie)'],
    ['link', ' JaVaScRiPt:alert(1)'],
    ['link', 'java\tscript:alert(1)'],
    ['link', '\u0001javascript:alert(1)'],
    ['link', 'data:text/html,<script>alert(1)</script>'],
    ['link', 'vbscript:msgbox(1)'],
    ['autolink', 'javascript:alert(1)'],
  ] as const)('a %s to %j is refused with a 400 that says why', async (type, url) => {
    const created = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: article({ body: bodyLinkingTo(url, type) }),
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain('links in the body must be http(s)')
  })

  test('a draft with such a link is refused as well', async () => {
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      as: 'editor',
      json: article({ _status: 'draft', body: bodyLinkingTo('javascript:alert(1)') }),
    })
    expect(created.status).toBe(400)
  })

  test('http(s), mailto and relative links are saved', async () => {
    for (const url of ['https://example.com/a', 'mailto:a@example.com', '/tag/defi']) {
      const created = await api('/api/articles', {
        method: 'POST',
        as: 'editor',
        json: article({ body: bodyLinkingTo(url) }),
      })
      expect(created.status).toBe(201)
    }
  })
})
