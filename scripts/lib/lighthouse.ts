import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { defaultConfig, desktopConfig, type Config, type Result } from 'lighthouse'

import type { TPreset } from './auditArgs'
import { CHROMIUM_FLAGS } from './chromium'
import { LighthouseRunError } from './lighthouseRetry'

/**
 * Lighthouse's own presets: its default config is the phone (a mid-range Android device on slow
 * 4G, simulated throttling, 412×823 at 1.75×), the one PageSpeed Insights scores first.
 */
const PRESET_CONFIGS: Record<TPreset, Config> = { mobile: defaultConfig, desktop: desktopConfig }

/** The viewport each preset emulates (lighthouse/core/config/constants.js). */
export const PRESET_VIEWPORTS: Record<TPreset, { width: number; height: number; scale: number }> = {
  mobile: { width: 412, height: 823, scale: 1.75 },
  desktop: { width: 1350, height: 940, scale: 1 },
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type TCategory = (typeof CATEGORIES)[number]
export type TScores = Record<TCategory, number | null>

export type TFailingAudit = {
  category: TCategory
  id: string
  title: string
  /** 0–100, or null for audits without a score. */
  score: number | null
  displayValue?: string
}

/** One Lighthouse run with one preset in a Chromium of its own. */
export async function runLighthouse(options: {
  url: string
  chromePath: string
  preset: TPreset
}): Promise<Result> {
  const { url, chromePath, preset } = options
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
    handleSIGINT: false,
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      PRESET_CONFIGS[preset],
    )
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    const { runtimeError } = result.lhr
    if (runtimeError) throw new LighthouseRunError(runtimeError.code, runtimeError.message)
    return result.lhr
  } finally {
    chrome.kill()
  }
}

export function scoresOf(lhr: Result): TScores {
  const score = (category: TCategory) => {
    const value = lhr.categories[category]?.score
    return value === null || value === undefined ? null : Math.round(value * 100)
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  }
}

/** Median of the scores that exist (the lower middle one for an even count). */
export function median(values: Array<number | null>): number | null {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null
}

export function medianScores(runs: TScores[]): TScores {
  return {
    performance: median(runs.map((run) => run.performance)),
    accessibility: median(runs.map((run) => run.accessibility)),
    'best-practices': median(runs.map((run) => run['best-practices'])),
    seo: median(runs.map((run) => run.seo)),
  }
}

/** The run whose performance score is the median one: its audits explain the median. */
export function medianRunIndex(runs: TScores[]): number {
  const order = runs
    .map((scores, index) => ({ index, performance: scores.performance ?? -1 }))
    .sort((a, b) => a.performance - b.performance)
  return order[Math.floor((order.length - 1) / 2)]?.index ?? 0
}

const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings'])

/**
 * The audits that cost points in the categories scoring below `threshold`: scored audits under 0.9
 * (Lighthouse's own "passed" line), and for performance every metric below 0.9 too.
 */
export function failingAudits(lhr: Result, below: TCategory[]): TFailingAudit[] {
  const failing: TFailingAudit[] = []
  for (const category of below) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || !SCORED_MODES.has(audit.scoreDisplayMode)) continue
      if (audit.score === null || audit.score >= 0.9) continue
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      })
    }
  }
  return failing
}

/** The five metrics behind the performance score, e.g. `LCP 1.2 s (0.92)`. */
export function metricsLine(lhr: Result): string {
  const metrics = [
    ['FCP', 'first-contentful-paint'],
    ['LCP', 'largest-contentful-paint'],
    ['TBT', 'total-blocking-time'],
    ['CLS', 'cumulative-layout-shift'],
    ['SI', 'speed-index'],
  ] as const
  return metrics
    .map(([name, id]) => {
      const audit = lhr.audits[id]
      if (!audit) return `${name} —`
      const score = audit.score === null ? '' : ` (${audit.score.toFixed(2)})`
      return `${name} ${audit.displayValue ?? '—'}${score}`
    })
    .join(', ')
}
