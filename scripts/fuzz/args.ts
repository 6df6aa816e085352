import { z } from 'zod'

import { integerFlag, parseFlags, type TFlagsResult } from '@/scripts/lib/parseFlags'

export const FUZZ_USAGE = `Usage: npm run fuzz -- [--seed <n>] [--count <n>] [--concurrency <n>] [--base-url <url> [--database <file>]] [--report <file>]
Sends <count> generated bad requests (odd types, huge numbers, long and odd unicode, path traversal,
NoSQL operators in bodies and query strings, broken JSON, wrong methods, broken multipart, page form
posts with and without Next-Action, GraphQL bodies) to every route of the portal: pages, REST,
GraphQL, custom endpoints and the login and register forms. Without --base-url it starts the
production build (npm run build first) on a fresh seeded SQLite database of its own. It fails (exit 1)
on any 5xx, a server that died or logged an uncaught exception, or a database that changed.
  --seed <n>          the generator's seed; the same seed sends the same requests (default 1)
  --count <n>         requests to send, 1..1000000 (default 10000)
  --concurrency <n>   requests in flight, 1..64 (default 8)
  --base-url <url>    fuzz a server already running on this machine (loopback only)
  --database <file>   with --base-url: its SQLite file, to check that nothing changed
  --report <file>     also write the report as JSON to this file
  --only <n>          send only request number <n> of the seed's run (a finding's replay)
  --help              show this help
Exit codes: 0 no finding, 1 findings (listed), 2 bad flags.`

export type TFuzzArgs = {
  help: boolean
  seed: number
  count: number
  concurrency: number
  baseUrl?: string
  database?: string
  report?: string
  only?: number
}

/** The fuzzer sends hostile traffic: only to this machine, never to another host. */
const isLoopbackUrl = (value: string): boolean => {
  try {
    const { protocol, hostname } = new URL(value)
    const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname)
    return /^https?:$/.test(protocol) && loopback
  } catch {
    return false
  }
}

const ZFuzzArgs = z
  .object({
    help: z.boolean().default(false),
    seed: integerFlag('--seed', { min: 0, max: 2 ** 32 - 1, example: 7 }).default(1),
    count: integerFlag('--count', { min: 1, max: 1_000_000, example: 10000 }).default(10_000),
    concurrency: integerFlag('--concurrency', { min: 1, max: 64 }).default(8),
    'base-url': z
      .string()
      .refine(
        isLoopbackUrl,
        '--base-url must be an http(s) URL on this machine, e.g. http://127.0.0.1:3000',
      )
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
    database: z.string().min(1).optional(),
    report: z.string().min(1).optional(),
    only: integerFlag('--only', { min: 0, max: 1_000_000 }).optional(),
  })
  .refine((flags) => !flags.database || flags['base-url'], {
    message: '--database goes with --base-url (a server started here is checked anyway)',
  })
  .transform(({ 'base-url': baseUrl, ...flags }): TFuzzArgs => ({ ...flags, baseUrl }))

export function parseFuzzArgs(argv: string[]): TFlagsResult<TFuzzArgs> {
  return parseFlags(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      seed: { type: 'string' },
      count: { type: 'string' },
      concurrency: { type: 'string' },
      'base-url': { type: 'string' },
      database: { type: 'string' },
      report: { type: 'string' },
      only: { type: 'string' },
    },
    ZFuzzArgs,
  )
}
