import type { CollectionBeforeOperationHook } from 'payload'

import { boundReadsHook } from '@/lib/security/boundReadsHook'
import { hasFragmentCycle } from '@/lib/security/graphqlFragmentCycles'
import {
  boundReadArgs,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  ReadBoundError,
  VISITOR_MAX_DEPTH,
} from '@/lib/security/readBounds'

const visitor = { maxDepth: VISITOR_MAX_DEPTH }

describe('boundReadArgs', () => {
  test('limit: all, negative and huge read one full page; absent keeps the default', () => {
    for (const limit of [0, -1, 101, 1e9, Number.POSITIVE_INFINITY])
      expect(boundReadArgs({ limit }, visitor).limit).toBe(MAX_PAGE_SIZE)
    expect(boundReadArgs({ limit: 25.7 }, visitor).limit).toBe(25)
    expect(boundReadArgs({ limit: '' }, visitor).limit).toBeUndefined()
    expect('limit' in boundReadArgs({}, visitor)).toBe(false)
  })

  test('text that is no number is refused with the parameter named', () => {
    for (const args of [{ limit: 'abc' }, { depth: 'deep' }, { page: ['1', '2'] }])
      expect(() => boundReadArgs(args, visitor)).toThrow(ReadBoundError)
    expect(() => boundReadArgs({ limit: 'abc' }, visitor)).toThrow(/limit/)
  })

  test('depth is clamped to the caller’s maximum', () => {
    expect(boundReadArgs({ depth: 9 }, visitor).depth).toBe(VISITOR_MAX_DEPTH)
    expect(boundReadArgs({ depth: Number.POSITIVE_INFINITY }, { maxDepth: 10 }).depth).toBe(10)
    expect(boundReadArgs({ depth: -4 }, visitor).depth).toBe(0)
  })

  test('page is at least 1 and at most MAX_PAGE', () => {
    expect(boundReadArgs({ page: -3 }, visitor).page).toBe(1)
    expect(boundReadArgs({ page: Number.POSITIVE_INFINITY }, visitor).page).toBe(MAX_PAGE)
  })

  test('pagination cannot be switched off', () => {
    expect(boundReadArgs({ pagination: false }, visitor).pagination).toBe(true)
  })
})

describe('boundReadsHook', () => {
  type THookArgs = Parameters<CollectionBeforeOperationHook>[0]
  const collection = { flattenedFields: [{ name: 'title', type: 'text' }] }
  const run = (args: object, req: object) =>
    boundReadsHook({
      args,
      collection,
      req: { t: (key: string) => key, ...req },
    } as unknown as THookArgs)
  const payload = { config: { maxDepth: 10 }, db: { name: 'sqlite' } }

  test('visitors over REST get depth 2 at most, staff Payload’s maximum', () => {
    expect(run({ depth: 9 }, { payloadAPI: 'REST', payload, user: null })).toMatchObject({
      depth: VISITOR_MAX_DEPTH,
    })
    const editor = { id: 1, roles: ['editor'] }
    expect(run({ depth: 99 }, { payloadAPI: 'REST', payload, user: editor })).toMatchObject({
      depth: 10,
    })
  })

  test('the server’s own Local API calls keep their arguments', () => {
    expect(run({ limit: 0, depth: 5 }, { payloadAPI: 'local', payload })).toEqual({
      limit: 0,
      depth: 5,
    })
  })

  test('an id no document can have is a 404 for every API', () => {
    for (const id of [Number.NaN, Number.POSITIVE_INFINITY, 1e30, -1, 'abc'])
      expect(() => run({ id }, { payloadAPI: 'local', payload })).toThrow(
        expect.objectContaining({ status: 404 }),
      )
    expect(run({ id: 12 }, { payloadAPI: 'REST', payload })).toEqual({ id: 12 })
  })

  test('a where value the database cannot take is a 400 from outside, not for the server', () => {
    const where = { title: { like: ['a'] } }
    expect(() => run({ where }, { payloadAPI: 'REST', payload })).toThrow(
      expect.objectContaining({ status: 400, message: 'where[title][like] must be text' }),
    )
    expect(run({ where }, { payloadAPI: 'local', payload })).toEqual({ where })
  })
})

describe('hasFragmentCycle', () => {
  test('finds direct and indirect cycles, not shared fragments', () => {
    expect(hasFragmentCycle('{ a { ...A } } fragment A on T { ...A }')).toBe(true)
    expect(
      hasFragmentCycle('{ a { ...A } } fragment A on T { ...B } fragment B on T { ...A }'),
    ).toBe(true)
    expect(
      hasFragmentCycle('{ a { ...A ...B } } fragment A on T { ...B } fragment B on T { id }'),
    ).toBe(false)
    expect(hasFragmentCycle('not graphql {')).toBe(false)
  })
})
