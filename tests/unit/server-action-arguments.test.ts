import { actionArgumentsProblem, replyProblem } from '@/lib/security/serverActionArguments'

const partsOf = (parts: Record<number, string>) => (id: number) => parts[id] ?? null

describe("a server action's arguments", () => {
  test('every part a part points to must be there and be JSON', () => {
    expect(
      replyProblem(
        partsOf({ 0: '["$@1", "$2:a", "$$escaped", "$undefined"]', 1: '{}', 2: '{"a":1}' }),
      ),
    ).toBeNull()
    expect(replyProblem(partsOf({ 0: '["$@1"]' }))).toMatch(/part 1 .* is missing/)
    expect(replyProblem(partsOf({ 0: '{"a":"$Qa"}' }))).toMatch(/part 10 .* is missing/)
    expect(replyProblem(partsOf({ 0: '["$@1"]', 1: 'undefined' }))).toMatch(/part 1 .* not JSON/)
    expect(replyProblem(partsOf({}))).toMatch(/part 0 .* is missing/)
    // Parts that point to each other are read once.
    expect(replyProblem(partsOf({ 0: '["$1"]', 1: '["$0"]' }))).toBeNull()
  })

  test('a form posted without JavaScript: each $ACTION_REF_<n> reads $ACTION_<n>:<part>', () => {
    const form = new FormData()
    form.append('$ACTION_REF_1', '')
    form.append('$ACTION_1:0', '{"id":"abc","bound":"$@1"}')
    form.append('email', 'a@b.c')
    expect(actionArgumentsProblem({ hasActionHeader: false, text: '', form })).toMatch(/part 1/)
    form.append('$ACTION_1:1', '[{"errors":{}}]')
    expect(actionArgumentsProblem({ hasActionHeader: false, text: '', form })).toBeNull()
    // A multipart post that names no action is not one: Next renders the page.
    expect(
      actionArgumentsProblem({ hasActionHeader: false, text: '', form: new FormData() }),
    ).toBeNull()
  })

  test('with JavaScript: the body is part 0, or the form holds parts "0", "1", …', () => {
    expect(
      actionArgumentsProblem({ hasActionHeader: true, text: '[1,"$undefined"]', form: null }),
    ).toBeNull()
    expect(actionArgumentsProblem({ hasActionHeader: true, text: '["$@1"]', form: null })).toMatch(
      /missing/,
    )
    const form = new FormData()
    form.append('0', '["$K1"]')
    form.append('1_email', 'a@b.c')
    expect(actionArgumentsProblem({ hasActionHeader: true, text: '', form })).toBeNull()
  })

  test('a `$` string React reads as a part must name one; its BigInts must be readable', () => {
    for (const value of ['${7*7}{{7*7}}', '$', '$zz', '$nabc', `$n${'9'.repeat(301)}`]) {
      expect([value, replyProblem(partsOf({ 0: JSON.stringify([value]) }))]).toEqual([
        value,
        expect.stringMatching(/names no part|missing/),
      ])
    }
    for (const value of ['$$${x}', '$n-123', '$D2026-12-05', '$u', '$N', '$-0', '$I', '$K1']) {
      expect([value, replyProblem(partsOf({ 0: JSON.stringify([value]) }))]).toEqual([value, null])
    }
  })

  test('with JavaScript the arguments are a list: Next spreads them into the call', () => {
    for (const text of ['123', '"just a string"', '{"a":1}', 'null']) {
      expect([text, actionArgumentsProblem({ hasActionHeader: true, text, form: null })]).toEqual([
        text,
        expect.stringMatching(/not a list/),
      ])
    }
    const form = new FormData()
    form.append('0', '{"0":"$K1"}')
    expect(actionArgumentsProblem({ hasActionHeader: true, text: '', form })).toMatch(/not a list/)
  })
})
