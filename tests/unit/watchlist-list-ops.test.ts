import { appendUnique, moveItem, removeByKey } from '@/lib/watchlist/listOps'

const keyOf = (item: { id: string }) => item.id
const items = (...ids: string[]) => ids.map((id) => ({ id }))

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd']

  test.each([
    [1, 'up', ['b', 'a', 'c', 'd']],
    [2, 'up', ['a', 'c', 'b', 'd']],
    [0, 'down', ['b', 'a', 'c', 'd']],
    [2, 'down', ['a', 'b', 'd', 'c']],
  ] as const)('moves index %i %s', (index, direction, expected) => {
    expect(moveItem(list, index, direction)).toEqual(expected)
  })

  test('never mutates its input', () => {
    const before = [...list]
    moveItem(list, 1, 'down')
    expect(list).toEqual(before)
  })

  test.each([
    [0, 'up'],
    [3, 'down'],
    [-1, 'down'],
    [4, 'up'],
    [1.5, 'up'],
  ] as const)('index %p %s is impossible and answers the same list', (index, direction) => {
    expect(moveItem(list, index, direction)).toBe(list)
  })

  test('an empty or one-item list never changes', () => {
    const empty: string[] = []
    expect(moveItem(empty, 0, 'up')).toBe(empty)
    const one = ['a']
    expect(moveItem(one, 0, 'down')).toBe(one)
  })
})

describe('removeByKey', () => {
  test('removes the item with that key only', () => {
    expect(removeByKey(items('1', '2', '3'), '2', keyOf)).toEqual(items('1', '3'))
  })

  test('an unknown key answers the same list', () => {
    const list = items('1')
    expect(removeByKey(list, '9', keyOf)).toBe(list)
  })
})

describe('appendUnique', () => {
  test('appends at the end', () => {
    expect(appendUnique(items('1'), { id: '2' }, keyOf, 200)).toEqual(items('1', '2'))
  })

  test('refuses an item already there', () => {
    const list = items('1', '2')
    expect(appendUnique(list, { id: '1' }, keyOf, 200)).toBe(list)
  })

  test('refuses when the list is full', () => {
    const list = items('1', '2')
    expect(appendUnique(list, { id: '3' }, keyOf, 2)).toBe(list)
  })
})
