import { attemptedAddress } from '@/collections/Users/hooks/auditAccounts'
import { publishTransition } from '@/lib/audit/publishTransition'

describe('publishTransition', () => {
  test.each([
    // saved, live before, live after → recorded
    ['published', null, 'published', 'published'], // first publish
    ['published', 'published', 'published', 'published'], // changes published
    ['published', 'draft', 'published', 'published'], // a draft published
    ['draft', 'published', 'published', null], // a draft saved over the live version
    ['draft', 'published', 'draft', 'unpublished'],
    ['draft', null, 'draft', null], // a draft that was never live
    ['draft', 'draft', 'draft', null],
  ] as const)('saved %s, live %s → %s: %s', (savedStatus, liveBefore, liveAfter, expected) => {
    expect(publishTransition({ savedStatus, liveBefore, liveAfter })).toBe(expected)
  })
})

describe('attemptedAddress', () => {
  test('keeps what looks like an address, lower-cased', () => {
    expect(attemptedAddress('  Editor@Example.COM ')).toBe('editor@example.com')
  })
  test.each([['hunter2-password'], ['two words@x'], [''], [42], [undefined], ['a@b@c']])(
    'writes nothing for %p',
    (value) => {
      expect(attemptedAddress(value)).toBeUndefined()
    },
  )
})
