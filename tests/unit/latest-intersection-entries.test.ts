import {
  installLatestIntersectionEntries,
  latestEntryPerTarget,
} from '@/lib/admin/latestIntersectionEntries'

type TEntry = { target: string; isIntersecting: boolean }

test('a row reported below the window and then in it is seen in it', () => {
  const entries: TEntry[] = [
    { target: 'row 16', isIntersecting: false },
    { target: 'row 2', isIntersecting: true },
    { target: 'row 16', isIntersecting: true },
  ]
  expect(latestEntryPerTarget(entries)).toEqual([
    { target: 'row 2', isIntersecting: true },
    { target: 'row 16', isIntersecting: true },
  ])
})

test('observers created after the install hand their callback the newest entries only', () => {
  let deliver: (entries: TEntry[]) => void = () => {}
  class FakeObserver {
    constructor(callback: (entries: TEntry[], observer: unknown) => void) {
      deliver = (entries) => callback(entries, this)
    }
  }
  const page = { IntersectionObserver: FakeObserver } as unknown as typeof globalThis
  installLatestIntersectionEntries(page)
  installLatestIntersectionEntries(page)
  const seen: TEntry[][] = []
  new page.IntersectionObserver((entries) => seen.push(entries as unknown as TEntry[]))
  deliver([
    { target: 'row 16', isIntersecting: false },
    { target: 'row 16', isIntersecting: true },
  ])
  expect(seen).toEqual([[{ target: 'row 16', isIntersecting: true }]])
})
