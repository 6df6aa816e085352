import { z } from 'zod'

/**
 * The judgement of `npm run audit:deps` on the JSON of `npm audit --omit=dev --json`: every
 * high or critical advisory fails it unless the allowlist (.ci/audit-allowlist.json) names it
 * with a written reason. Kept apart from the process handling so that it can be tested.
 */

const FAILING = new Set(['high', 'critical'])

const ZAdvisorySchema = z.object({
  source: z.union([z.number(), z.string()]).optional(),
  name: z.string(),
  title: z.string().default(''),
  url: z.string().default(''),
  severity: z.string(),
})

/** npm's report (auditReportVersion 2); `via` lists advisories or the names of affected parents. */
export const ZAuditReportSchema = z.object({
  vulnerabilities: z
    .record(
      z.string(),
      z.object({ via: z.array(z.union([z.string(), ZAdvisorySchema])).default([]) }),
    )
    .default({}),
})

export const ZAllowlistSchema = z.array(
  z.object({
    advisory: z
      .string()
      .regex(/^GHSA(-[a-z0-9]{4}){3}$/, 'advisory: a GHSA id, e.g. GHSA-abcd-1234-wxyz'),
    package: z.string().min(1),
    reason: z.string().trim().min(20, 'reason: say in a sentence why it does not apply to us'),
  }),
)

export type TAdvisory = {
  id: string
  package: string
  severity: string
  title: string
  url: string
}
export type TAuditVerdict = {
  failing: TAdvisory[]
  allowed: TAdvisory[]
  unusedAllowances: string[]
}

/** The GHSA id at the end of an advisory's URL (https://github.com/advisories/GHSA-…). */
const advisoryId = (url: string, fallback: string) =>
  url.match(/GHSA(-[a-z0-9]{4}){3}/)?.[0] ?? fallback

export function judgeAudit(
  report: z.infer<typeof ZAuditReportSchema>,
  allowlist: z.infer<typeof ZAllowlistSchema>,
): TAuditVerdict {
  const advisories = new Map<string, TAdvisory>()
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via) {
      if (typeof via === 'string' || !FAILING.has(via.severity)) continue
      const id = advisoryId(via.url, String(via.source ?? via.title))
      advisories.set(`${id} ${via.name}`, {
        id,
        package: via.name,
        severity: via.severity,
        title: via.title,
        url: via.url,
      })
    }
  }
  const allowedKeys = new Set(allowlist.map((entry) => `${entry.advisory} ${entry.package}`))
  const found = [...advisories.values()]
  return {
    failing: found.filter((advisory) => !allowedKeys.has(`${advisory.id} ${advisory.package}`)),
    allowed: found.filter((advisory) => allowedKeys.has(`${advisory.id} ${advisory.package}`)),
    unusedAllowances: [...allowedKeys].filter((key) => !advisories.has(key)),
  }
}
