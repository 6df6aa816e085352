import { z } from 'zod'

import { integerFlag, parseFlags, type TFlagsResult } from './parseFlags'

export const AUDIT_USAGE = `Usage: npm run audit -- [--preset mobile|desktop] [--no-build | --build] [--runs <n>] [--article <slug>] [--port <n>] [--min-score <n>]
Lighthouse on the feed (/) and one article page of a production server started on a fresh temporary
SQLite database seeded with the demo content, with both of Lighthouse's presets: mobile (its default:
a mid-range phone on slow 4G, simulated throttling) and desktop. Prints the four category scores per
page and preset (the median over the runs) and the failing audits of any category below 95, and
writes a JSON summary to bench/results/.
  --preset <name>    only this preset, mobile or desktop (default: both, mobile first)
  --no-build         never build: fail when there is no production build in $NEXT_DIST_DIR (default .next)
  --build            build even when a production build exists (default: build only when there is none)
  --runs <n>         Lighthouse runs per page, 1..9 (default 3; the performance score is noisy)
  --article <slug>   the article page to audit (default: the longest demo article, with a cover and a table)
  --port <n>         port of the production server on 127.0.0.1 (default: a free one)
  --min-score <n>    exit 1 when a median score is below n, 0..100 (default: report only)
  --help             show this help
Chromium: $CHROMIUM_PATH (default /usr/bin/chromium; apt-get install -y chromium), never downloaded.
Exit codes: 0 done, 1 build/server/Lighthouse failure or a score below --min-score, 2 bad flags.`

/** Lighthouse's two presets: its default config (a phone) and its desktop config. */
export const PRESETS = ['mobile', 'desktop'] as const
export type TPreset = (typeof PRESETS)[number]

export type TAuditArgs = {
  help: boolean
  /** The presets to run, in the order they are reported. */
  presets: TPreset[]
  /** always: build first; never: fail without a build; missing: build only when there is none. */
  build: 'always' | 'never' | 'missing'
  runs: number
  article: string | undefined
  port: number | undefined
  minScore: number | undefined
}

const ZAuditArgs = z
  .object({
    help: z.boolean().default(false),
    preset: z
      .enum(PRESETS, { error: '--preset takes mobile or desktop, e.g. --preset mobile' })
      .optional(),
    build: z.boolean().default(false),
    'no-build': z.boolean().default(false),
    runs: integerFlag('--runs', { min: 1, max: 9, example: 3 }).default(3),
    article: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]*$/,
        '--article takes an article slug, e.g. --article my-news-1a2b3c',
      )
      .optional(),
    port: integerFlag('--port', { min: 1024, max: 65535, example: 3320 }).optional(),
    'min-score': integerFlag('--min-score', { min: 0, max: 100, example: 95 }).optional(),
  })
  .refine((flags) => !(flags.build && flags['no-build']), {
    message: '--build and --no-build exclude each other',
  })
  .transform((flags): TAuditArgs => ({
    help: flags.help,
    presets: flags.preset ? [flags.preset] : [...PRESETS],
    build: flags.build ? 'always' : flags['no-build'] ? 'never' : 'missing',
    runs: flags.runs,
    article: flags.article,
    port: flags.port,
    minScore: flags['min-score'],
  }))

/** The command line's flags, or one line saying what is wrong with them. */
export function parseAuditArgs(argv: string[]): TFlagsResult<TAuditArgs> {
  return parseFlags(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      preset: { type: 'string' },
      build: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      runs: { type: 'string' },
      article: { type: 'string' },
      port: { type: 'string' },
      'min-score': { type: 'string' },
    },
    ZAuditArgs,
  )
}
