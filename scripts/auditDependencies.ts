/**
 * `npm run audit:deps` (run by .ci/run): `npm audit --omit=dev`, failing on any high or critical
 * advisory in what the server ships unless .ci/audit-allowlist.json lists it with a written
 * reason. When the advisory service cannot be asked, it fails too (an unchecked build is not a
 * clean one) unless NPM_AUDIT_UNREACHABLE=warn says to carry on.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'

import { judgeAudit, ZAllowlistSchema, ZAuditReportSchema } from './lib/npmAudit'

const ALLOWLIST = '.ci/audit-allowlist.json'

const { stdout } = await new Promise<{ stdout: string }>((resolve) => {
  // npm audit exits non-zero whenever it finds anything; the JSON says what.
  execFile('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 * 1024 * 1024 }, (_, out) =>
    resolve({ stdout: String(out) }),
  )
})

let raw: Record<string, unknown> = {}
try {
  raw = JSON.parse(stdout) as Record<string, unknown>
} catch {
  // not JSON: npm itself failed
}
// A report has auditReportVersion; npm's own failures (no network, the service refusing) do not.
if (!('auditReportVersion' in raw)) {
  const reason = typeof raw.message === 'string' ? raw.message : stdout.trim().slice(0, 200)
  const message = `npm audit could not ask the advisory service: ${reason || 'no answer'}`
  if (process.env.NPM_AUDIT_UNREACHABLE === 'warn') {
    console.warn(`⚠ ${message} (NPM_AUDIT_UNREACHABLE=warn: carrying on unchecked)`)
    process.exit(0)
  }
  console.error(`✖ ${message}`)
  process.exit(1)
}

const report = ZAuditReportSchema.parse(raw)
const allowlist = ZAllowlistSchema.parse(JSON.parse(await readFile(ALLOWLIST, 'utf8')))
const verdict = judgeAudit(report, allowlist)
for (const advisory of verdict.allowed) {
  console.log(`allowed (${ALLOWLIST}): ${advisory.severity} ${advisory.id} in ${advisory.package}`)
}
for (const key of verdict.unusedAllowances) {
  console.log(`${ALLOWLIST}: ${key} no longer applies; remove it`)
}
if (verdict.failing.length) {
  for (const advisory of verdict.failing) {
    console.error(
      `✖ ${advisory.severity} ${advisory.id} in ${advisory.package}: ${advisory.title} ${advisory.url}`,
    )
  }
  console.error(`Upgrade, or list it in ${ALLOWLIST} with the reason it does not apply.`)
  process.exit(1)
}
console.log('npm audit --omit=dev: no high or critical advisory without a written reason')
