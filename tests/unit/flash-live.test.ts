import { isNewer } from '@/lib/flash/liveContract'

const at = (publishedAt: string, id: string) => ({ publishedAt, id })

describe('which flashes are new to a reader', () => {
  test('a later publish time is newer, whatever the ids', () => {
    expect(isNewer(at('2026-12-06T10:00:01Z', '1'), at('2026-12-06T10:00:00Z', '9'))).toBe(true)
    expect(isNewer(at('2026-12-06T09:59:59Z', '99'), at('2026-12-06T10:00:00Z', '1'))).toBe(false)
  })

  test('at the same second the larger id is newer: numbers on SQLite, ObjectIds as text', () => {
    const second = '2026-12-06T10:00:00Z'
    expect(isNewer(at(second, '10'), at(second, '9'))).toBe(true)
    expect(isNewer(at(second, '9'), at(second, '9'))).toBe(false)
    expect(
      isNewer(at(second, '6752f0a1b2c3d4e5f6a7b8ca'), at(second, '6752f0a1b2c3d4e5f6a7b8c9')),
    ).toBe(true)
    expect(
      isNewer(at(second, '2abcabcabcabcabcabcabcab'), at(second, '19abcabcabcabcabcabcabca')),
    ).toBe(true)
  })
})
