/** The outcome of a fuzz run: answers by status class, the findings, and a printable summary. */
import type { TFamily, TFuzzRequest } from './requests'
import type { TServerCheck } from './serverCheck'

export type TStatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'no answer'

/** A request worth looking at again, with all it takes to send it again. */
export type TFinding = {
  index: number
  family: TFamily
  route: string
  method: string
  path: string
  headers: Record<string, string>
  /** The body as text when it is valid UTF-8, else base64; cut at 4,000 characters. */
  body: string | null
  bodyEncoding: 'utf8' | 'base64'
  status: number | null
  detail?: string
  replay: string
}

export type TFuzzReport = {
  seed: number
  count: number
  durationSeconds: number
  byClass: Record<TStatusClass, number>
  byStatus: Record<string, number>
  byFamily: Partial<Record<TFamily, Partial<Record<TStatusClass, number>>>>
  routes: number
  /** Every 5xx and every request that got no answer. */
  findings: TFinding[]
  database: { checked: boolean; changedTables: string[] }
  server: TServerCheck
}

export const statusClass = (status: number | null): TStatusClass =>
  status === null ? 'no answer' : (`${Math.floor(status / 100)}xx` as TStatusClass)

const BODY_SHOWN = 4000

export function findingOf(
  request: TFuzzRequest,
  answer: { status: number | null; detail?: string },
  seed: number,
): TFinding {
  const text = request.body?.toString('utf8') ?? null
  const utf8 = text !== null && Buffer.from(text, 'utf8').equals(request.body!)
  const body = request.body ? (utf8 ? text! : request.body.toString('base64')) : null
  return {
    index: request.index,
    family: request.family,
    route: request.route.path,
    method: request.method,
    path: request.path,
    headers: request.headers,
    body: body && body.length > BODY_SHOWN ? `${body.slice(0, BODY_SHOWN)}…` : body,
    bodyEncoding: utf8 || !request.body ? 'utf8' : 'base64',
    status: answer.status,
    detail: answer.detail,
    replay: `npm run fuzz -- --seed ${seed} --only ${request.index}`,
  }
}

/** True when the run found nothing: no 5xx, no lost answer, no crash, the database unchanged. */
export const isClean = (report: TFuzzReport): boolean =>
  report.findings.length === 0 &&
  report.database.changedTables.length === 0 &&
  report.server.alive !== false &&
  report.server.healthy &&
  report.server.crashLines.length === 0

export function formatReport(report: TFuzzReport): string {
  const classes = Object.entries(report.byClass)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')
  const statuses = Object.entries(report.byStatus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}×${n}`)
    .join(' ')
  const lines = [
    `fuzz: seed ${report.seed}, ${report.count} requests over ${report.routes} routes in ${report.durationSeconds} s`,
    `  answers: ${classes}`,
    `  statuses: ${statuses}`,
    `  5xx and lost answers: ${report.findings.length}`,
    `  database: ${report.database.checked ? (report.database.changedTables.length ? `CHANGED: ${report.database.changedTables.join(', ')}` : 'unchanged') : 'not checked (no --database)'}`,
    `  server: ${report.server.alive === false ? 'DIED' : 'alive'}, health ${report.server.healthDetail}`,
    `  crash lines: ${report.server.crashLines.length}, error lines: ${report.server.errorLines.length}`,
  ]
  for (const finding of report.findings.slice(0, 20)) {
    lines.push(
      `  ✖ ${finding.status ?? 'no answer'} ${finding.method} ${finding.path.slice(0, 200)} [${finding.family}] (${finding.replay})`,
    )
    if (finding.detail) lines.push(`      ${finding.detail.replace(/\s+/g, ' ').slice(0, 300)}`)
  }
  if (report.findings.length > 20) lines.push(`  … and ${report.findings.length - 20} more`)
  for (const line of [...report.server.crashLines, ...report.server.errorLines].slice(0, 10)) {
    lines.push(`  log: ${line.slice(0, 300)}`)
  }
  lines.push(isClean(report) ? '✓ no findings' : '✖ findings above')
  return lines.join('\n')
}
