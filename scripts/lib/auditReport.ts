import type { TPreset } from './auditArgs'
import { CATEGORIES, type TFailingAudit, type TScores } from './lighthouse'

/** A category scoring below this has its failing audits printed. */
export const PASS = 95

/** The median result of one page with one preset. */
export type TAuditRow = {
  name: string
  path: string
  preset: TPreset
  scores: TScores
  runs: TScores[]
  /** The median run's metrics, e.g. `FCP 1.2 s (0.95), LCP …`. */
  metrics: string
  failing: TFailingAudit[]
}

/** One row per page and preset; the performance cell also lists each run, since it is noisy. */
export function scoreTable(rows: TAuditRow[]): string {
  const header = ['page', 'preset', ...CATEGORIES]
  const body = rows.map((row) => [
    `${row.name} ${row.path}`,
    row.preset,
    ...CATEGORIES.map((category) => {
      const value = String(row.scores[category] ?? '—')
      if (category !== 'performance' || row.runs.length < 2) return value
      return `${value} (${row.runs.map((run) => run.performance ?? '—').join(' ')})`
    }),
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n')
}

/** Each row's metrics, then the audits that cost points in its categories below PASS. */
export function failingReport(rows: TAuditRow[]): string {
  const blocks = rows.map((row) => {
    const lines = [`${row.name} (${row.preset}): ${row.metrics}`]
    const failing = row.failing.filter((audit) => (row.scores[audit.category] ?? 0) < PASS)
    if (failing.length > 0) lines.push(`audits costing points (categories below ${PASS}):`)
    for (const audit of failing) {
      const value = audit.displayValue ? ` — ${audit.displayValue}` : ''
      lines.push(`  [${audit.category}] ${audit.title} (${audit.id}, score ${audit.score})${value}`)
    }
    return lines.join('\n')
  })
  return blocks.join('\n\n')
}

/** `feed mobile performance 81`, for every median category score below `minScore`. */
export function scoresBelow(rows: TAuditRow[], minScore: number): string[] {
  return rows.flatMap((row) =>
    CATEGORIES.filter((category) => (row.scores[category] ?? 0) < minScore).map(
      (category) => `${row.name} ${row.preset} ${category} ${row.scores[category] ?? '—'}`,
    ),
  )
}
