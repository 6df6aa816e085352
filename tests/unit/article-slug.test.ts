import type { FieldHook } from 'payload'

import { keepSlugStable } from '@/collections/Articles/hooks/keepSlugStable'

type THookArgs = Parameters<FieldHook>[0]
const run = (args: { value?: unknown; originalDoc?: object; data?: object }) =>
  keepSlugStable(args as unknown as THookArgs) as string

const TITLE = 'Pectra 升级进入测试网'

test('a draft created before any title gets a provisional slug, kept while it is a draft', () => {
  const first = run({ data: { title: '', _status: 'draft' } })
  expect(first).toMatch(/^new-draft-[a-z0-9]{8}$/)
  // Later autosaves send the form's value back with a title.
  const original = { slug: first, title: '' }
  expect(
    run({ value: first, originalDoc: original, data: { title: TITLE, _status: 'draft' } }),
  ).toBe(first)
})

test('its first 发布 makes the slug from the title, the same however often the form sends it', () => {
  const provisional = 'new-draft-k3x9q2ab'
  const original = { slug: provisional, title: TITLE }
  const published = run({
    value: provisional,
    originalDoc: original,
    data: { title: TITLE, _status: 'published' },
  })
  expect(published).toBe('pectra-k3x9q2ab')
  // The form still shows the provisional slug on the next 发布修改: the real one stays.
  expect(
    run({
      value: provisional,
      originalDoc: { slug: published, title: TITLE },
      data: { title: TITLE, _status: 'published' },
    }),
  ).toBe(published)
})

test('a titled article gets its slug from the title at once, and every slug is kept after', () => {
  const made = run({ data: { title: TITLE, _status: 'draft' } })
  expect(made).toMatch(/^pectra-[a-z0-9]{8}$/)
  const original = { slug: made, title: TITLE }
  expect(run({ originalDoc: original, data: { title: 'Other title', _status: 'published' } })).toBe(
    made,
  )
  // An editor's own slug wins, as before.
  expect(run({ value: 'My-Own', originalDoc: original, data: { _status: 'published' } })).toBe(
    'my-own',
  )
})
