import { attemptedAddress } from '@/collections/Users/hooks/auditAccounts'

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
