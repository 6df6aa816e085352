/**
 * Where the admin's 搜索与分享 preview cuts a title or description (lib/syndication/searchSnippet.ts):
 * a Chinese character takes the room of two Latin ones, as in search results.
 */
import { clipForSearch } from '@/lib/syndication/searchSnippet'

test('Latin text is cut after the width, with an ellipsis', () => {
  expect(clipForSearch('a'.repeat(60), 60)).toEqual({ text: 'a'.repeat(60), clipped: false })
  expect(clipForSearch(`${'a'.repeat(58)} bcd`, 60)).toEqual({
    text: `${'a'.repeat(58)} b…`,
    clipped: true,
  })
})

test('Chinese characters count twice', () => {
  expect(clipForSearch('比'.repeat(30), 60).clipped).toBe(false)
  expect(clipForSearch('比'.repeat(31), 60)).toEqual({ text: `${'比'.repeat(30)}…`, clipped: true })
  expect(clipForSearch('Bitcoin 比特币', 12)).toEqual({ text: 'Bitcoin 比特…', clipped: true })
})
