import { judgeAudit, ZAllowlistSchema, ZAuditReportSchema } from '@/scripts/lib/npmAudit'

// The shape of `npm audit --json` (auditReportVersion 2), cut down to what is judged.
const report = ZAuditReportSchema.parse({
  auditReportVersion: 2,
  vulnerabilities: {
    next: {
      via: [
        {
          source: 1,
          name: 'next',
          title: 'Cache poisoning',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'high',
        },
      ],
    },
    'some-parent': { via: ['next'] },
    tiny: {
      via: [
        {
          source: 2,
          name: 'tiny',
          title: 'ReDoS',
          url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff',
          severity: 'moderate',
        },
      ],
    },
  },
})

test('a high advisory fails the audit; a moderate one does not', () => {
  const verdict = judgeAudit(report, [])
  expect(verdict.failing.map((advisory) => [advisory.id, advisory.package])).toEqual([
    ['GHSA-aaaa-bbbb-cccc', 'next'],
  ])
})

test('an advisory listed with a reason passes, and a stale allowance is reported', () => {
  const allowlist = ZAllowlistSchema.parse([
    {
      advisory: 'GHSA-aaaa-bbbb-cccc',
      package: 'next',
      reason: 'only affects the pages router middleware, which we do not use',
    },
    {
      advisory: 'GHSA-zzzz-yyyy-xxxx',
      package: 'old',
      reason: 'fixed upstream long ago, kept by mistake',
    },
  ])
  const verdict = judgeAudit(report, allowlist)
  expect(verdict.failing).toEqual([])
  expect(verdict.allowed.map((advisory) => advisory.id)).toEqual(['GHSA-aaaa-bbbb-cccc'])
  expect(verdict.unusedAllowances).toEqual(['GHSA-zzzz-yyyy-xxxx old'])
})

test('an allowance without a written reason is refused', () => {
  const parsed = ZAllowlistSchema.safeParse([
    { advisory: 'GHSA-aaaa-bbbb-cccc', package: 'next', reason: 'n/a' },
  ])
  expect(parsed.success).toBe(false)
})
