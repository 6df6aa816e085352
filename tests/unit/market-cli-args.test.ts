import { MARKET_REFRESH_USAGE, parseMarketRefreshArgs } from '@/scripts/lib/marketRefreshArgs'

describe('npm run market:refresh flags', () => {
  test('no flags: refresh the usual coins', () => {
    expect(parseMarketRefreshArgs([])).toEqual({ ok: true, args: { help: false, force: false } })
  })

  test('--ids takes a comma-separated list, trimmed and without repeats; --force and --help', () => {
    expect(parseMarketRefreshArgs(['--ids', 'bitcoin, ethereum,bitcoin', '--force'])).toEqual({
      ok: true,
      args: { help: false, force: true, ids: ['bitcoin', 'ethereum'] },
    })
    expect(parseMarketRefreshArgs(['--ids=avalanche-2'])).toMatchObject({
      ok: true,
      args: { ids: ['avalanche-2'] },
    })
    expect(parseMarketRefreshArgs(['--help'])).toMatchObject({ ok: true, args: { help: true } })
    expect(parseMarketRefreshArgs(['-h'])).toMatchObject({ ok: true, args: { help: true } })
  })

  test.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['positional'], /Unexpected argument 'positional'/],
    [['--ids'], /argument missing/],
    [['--ids', ','], /at least one id/],
    [['--ids', 'Bitcoin'], /provider ids such as bitcoin/],
    [['--ids', 'bitcoin;rm'], /provider ids such as bitcoin/],
    [['--force=yes'], /does not take an argument/],
  ])('%p is refused with a clear message', (argv, message) => {
    const result = parseMarketRefreshArgs(argv)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toMatch(message)
  })

  test('the usage names every flag and the exit codes', () => {
    for (const word of ['--ids', '--force', '--help', 'Exit codes']) {
      expect(MARKET_REFRESH_USAGE).toContain(word)
    }
  })
})
