/**
 * With autosave, Payload creates an article's draft when its form opens, before any title, so the
 * slug made then comes from nothing (date-id). keepSlugStable lets the first title replace that
 * slug while the draft was never published and the editor left the slug alone; otherwise a slug,
 * once made, stays (shared links never break).
 */
import type { FieldHook } from 'payload'

import { keepSlugStable } from '@/collections/Articles/hooks/keepSlugStable'

type THookArgs = Parameters<FieldHook>[0]
const run = (args: { value?: unknown; originalDoc?: unknown; data?: unknown }) =>
  keepSlugStable(args as THookArgs)

const untitledDraft = { slug: '20261207-k3x9q2', title: null, _status: 'draft' }

test('the first title of a draft created before any title gives it a slug of its own', () => {
  const slug = run({
    value: untitledDraft.slug,
    originalDoc: untitledDraft,
    data: { title: 'Bitcoin ETF flows' },
  })
  expect(slug).toMatch(/^bitcoin-etf-flows-[a-z0-9]+$/)
})

test('a titled draft, a published article and a slug the editor typed keep their slug', () => {
  const titled = { slug: 'eth-staking-abc123', title: 'ETH staking', _status: 'draft' }
  expect(run({ value: titled.slug, originalDoc: titled, data: { title: 'BTC now' } })).toBe(
    titled.slug,
  )
  const published = { ...untitledDraft, _status: 'published' }
  expect(run({ value: published.slug, originalDoc: published, data: { title: 'BTC' } })).toBe(
    published.slug,
  )
  expect(
    run({ value: 'my-own-slug', originalDoc: untitledDraft, data: { title: 'Bitcoin ETF' } }),
  ).toBe('my-own-slug')
})

test('an untitled draft saved again without a title keeps its slug', () => {
  expect(run({ value: untitledDraft.slug, originalDoc: untitledDraft, data: { title: '' } })).toBe(
    untitledDraft.slug,
  )
})
