import { reviewTransition, type TReviewArticle } from '@/lib/review/states'

const draft = (state: TReviewArticle['state']): TReviewArticle => ({ status: 'draft', state })

describe('reviewTransition', () => {
  test.each([null, 'returned'] as const)('the author submits a draft in state %p', (state) => {
    expect(reviewTransition(draft(state), { action: 'submit' }, 'author')).toEqual({
      ok: true,
      reviewState: 'submitted',
      reviewNote: null,
    })
  })

  test('a waiting draft, a published article or someone else’s cannot be submitted', () => {
    expect(reviewTransition(draft('submitted'), { action: 'submit' }, 'author')).toMatchObject({
      ok: false,
      status: 409,
    })
    const published: TReviewArticle = { status: 'published', state: null }
    expect(reviewTransition(published, { action: 'submit' }, 'staff')).toMatchObject({
      ok: false,
      status: 409,
    })
    expect(reviewTransition(draft(null), { action: 'submit' }, 'other')).toMatchObject({
      ok: false,
      status: 403,
    })
  })

  test('only staff return, only a waiting draft, keeping the note', () => {
    const action = { action: 'return', note: '请补充来源' } as const
    expect(reviewTransition(draft('submitted'), action, 'staff')).toEqual({
      ok: true,
      reviewState: 'returned',
      reviewNote: '请补充来源',
    })
    expect(reviewTransition(draft('submitted'), action, 'author')).toMatchObject({ status: 403 })
    expect(reviewTransition(draft(null), action, 'staff')).toMatchObject({ status: 409 })
    expect(reviewTransition(draft('returned'), action, 'staff')).toMatchObject({ status: 409 })
  })
})
