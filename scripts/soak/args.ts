import net from 'node:net'

import { z } from 'zod'

import { integerFlag, parseFlags, type TFlagsResult } from '@/scripts/lib/parseFlags'

/** Seconds allowed beyond warm-up and duration for start-up, sign-in, read-back and shutdown. */
export const HARD_STOP_GRACE_SECONDS = 180

export const SOAK_USAGE = `Usage: npm run soak -- [--duration <s>] [--warmup <s>] [--readers <n>] [--visitors <n>] [--processes <n>] [--base-url <url>]
Signed-in readers save watchlists and bookmarks through the portal's API while visitors read feeds,
tag feeds, cursor pages and articles, all on loopback. Afterwards every reader's watchlist and
bookmarks are read back and compared with the writes the server acknowledged, and the server
processes' resident memory over the measured window is judged flat or growing.
Unless --base-url is given it starts the production server (dist/server.cjs; npm run build first)
on a fresh SQLite database seeded with the demo content, with TRUSTED_PROXIES=loopback: each reader
and visitor sends an X-Forwarded-For address of its own, as readers behind nginx do.
  --duration <s>    measured seconds, 10..3600 (default 60)
  --warmup <s>      seconds of the same load before the measured window, so memory is judged after
                    the caches have filled, 0..3600 (default 60; 0 for a plain run)
  --readers <n>     signed-in readers, 1..500 (default 50)
  --visitors <n>    anonymous visitors, 0..500 (default 50)
  --processes <n>   server processes (WEB_CONCURRENCY), 1..2 (default 1)
  --base-url <url>  soak a server already running on loopback instead (it must trust loopback in
                    TRUSTED_PROXIES and have this origin as SITE_URL)
  --help            show this help
The run stops hard at warm-up + duration + ${HARD_STOP_GRACE_SECONDS} s, whatever it is doing.
Exit codes: 0 passed, 1 a 5xx, 429, unexpected 4xx, failed request, lost write or growing memory
(or a step failed), 2 bad flags.`

export type TSoakArgs = {
  help: boolean
  durationSeconds: number
  warmupSeconds: number
  readers: number
  visitors: number
  processes: 1 | 2
  /** Absent: the soak starts a server of its own. */
  baseUrl?: string
}

const LOOPBACK = new net.BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/** True for a host name that can only mean this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  if (host === 'localhost') return true
  const family = net.isIP(host)
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6')
}

const ZLoopbackUrl = z
  .url({
    protocol: /^https?$/,
    message: '--base-url takes an http(s) URL, e.g. http://127.0.0.1:3000',
  })
  .refine((value) => isLoopbackHost(new URL(value).hostname), {
    message:
      '--base-url must be on loopback (localhost, 127.0.0.1 or [::1]): the soak never loads another machine',
  })
  .transform((value) => new URL(value).origin)

const ZSoakArgs = z
  .object({
    help: z.boolean().default(false),
    duration: integerFlag('--duration', { min: 10, max: 3600, example: 60 }).default(60),
    warmup: integerFlag('--warmup', { min: 0, max: 3600, example: 60 }).default(60),
    readers: integerFlag('--readers', { min: 1, max: 500, example: 50 }).default(50),
    visitors: integerFlag('--visitors', { min: 0, max: 500, example: 50 }).default(50),
    processes: integerFlag('--processes', { min: 1, max: 2, example: 2 }).optional(),
    'base-url': ZLoopbackUrl.optional(),
  })
  .refine((flags) => !(flags.processes && flags['base-url']), {
    message:
      '--processes chooses how the soak starts its own server; it cannot apply to --base-url',
  })
  .transform((flags): TSoakArgs => ({
    help: flags.help,
    durationSeconds: flags.duration,
    warmupSeconds: flags.warmup,
    readers: flags.readers,
    visitors: flags.visitors,
    processes: flags.processes === 2 ? 2 : 1,
    baseUrl: flags['base-url'],
  }))

/** The command line's flags, or one line saying what is wrong with them. */
export function parseSoakArgs(argv: string[]): TFlagsResult<TSoakArgs> {
  return parseFlags(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      readers: { type: 'string' },
      visitors: { type: 'string' },
      processes: { type: 'string' },
      'base-url': { type: 'string' },
    },
    ZSoakArgs,
  )
}
