import { AUDIT_USAGE, parseAuditArgs } from '@/scripts/lib/auditArgs'
import { failingReport, scoresBelow, scoreTable, type TAuditRow } from '@/scripts/lib/auditReport'

describe('npm run audit flags', () => {
  test('no flags: both presets, mobile first, three runs, build when missing', () => {
    expect(parseAuditArgs([])).toEqual({
      ok: true,
      args: {
        help: false,
        presets: ['mobile', 'desktop'],
        build: 'missing',
        runs: 3,
        article: undefined,
        port: undefined,
        minScore: undefined,
      },
    })
  })

  test('--preset picks one preset for a quick run', () => {
    expect(parseAuditArgs(['--preset', 'mobile'])).toMatchObject({
      ok: true,
      args: { presets: ['mobile'] },
    })
    expect(parseAuditArgs(['--preset=desktop', '--runs', '1', '--no-build'])).toMatchObject({
      ok: true,
      args: { presets: ['desktop'], runs: 1, build: 'never' },
    })
  })

  test.each([
    [['--preset', 'tablet'], /--preset takes mobile or desktop/],
    [['--preset'], /argument missing/],
    [['--preset', 'both'], /--preset takes mobile or desktop/],
    [['--runs', '0'], /--runs must be at least 1/],
    [['--build', '--no-build'], /exclude each other/],
  ])('%p is refused with a clear message', (argv, message) => {
    const result = parseAuditArgs(argv)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toMatch(message)
  })

  test('the usage names the presets and every flag', () => {
    for (const word of ['--preset', 'mobile', 'desktop', '--runs', '--min-score', 'Exit codes'])
      expect(AUDIT_USAGE).toContain(word)
  })
})

const scores = (performance: number) => ({
  performance,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
})

const rows: TAuditRow[] = [
  {
    name: 'feed',
    path: '/',
    preset: 'mobile',
    scores: scores(93),
    runs: [scores(93), scores(90), scores(96)],
    metrics: 'LCP 2.4 s (0.93)',
    failing: [
      {
        category: 'performance',
        id: 'total-blocking-time',
        title: 'Total Blocking Time',
        score: 62,
        displayValue: '310 ms',
      },
    ],
  },
  {
    name: 'feed',
    path: '/',
    preset: 'desktop',
    scores: { ...scores(99), seo: 92 },
    runs: [scores(99)],
    metrics: 'LCP 0.6 s (1.00)',
    failing: [
      { category: 'performance', id: 'unused-javascript', title: 'Unused JS', score: 50 },
      { category: 'seo', id: 'meta-description', title: 'No description', score: 0 },
    ],
  },
]

describe('npm run audit report', () => {
  test('one table row per page and preset, with each run of a noisy performance score', () => {
    const lines = scoreTable(rows).split('\n')
    expect(lines[0]).toMatch(/^page\s+preset\s+performance\s+accessibility\s+best-practices\s+seo$/)
    expect(lines[2]).toMatch(/^feed \/\s+mobile\s+93 \(93 90 96\)\s+100\s+100\s+100$/)
    expect(lines[3]).toMatch(/^feed \/\s+desktop\s+99\s+100\s+100\s+92$/)
  })

  test('failing audits are listed only for categories below 95, under their page and preset', () => {
    const report = failingReport(rows)
    expect(report).toContain('feed (mobile): LCP 2.4 s (0.93)')
    expect(report).toContain(
      '[performance] Total Blocking Time (total-blocking-time, score 62) — 310 ms',
    )
    expect(report).toContain('feed (desktop): LCP 0.6 s (1.00)')
    expect(report).toContain('[seo] No description (meta-description, score 0)')
    // The desktop performance score (99) passes, so its audits are not printed.
    expect(report).not.toContain('unused-javascript')
  })

  test('--min-score names every median below it with its preset', () => {
    expect(scoresBelow(rows, 95)).toEqual(['feed mobile performance 93', 'feed desktop seo 92'])
    expect(scoresBelow(rows, 90)).toEqual([])
  })
})
