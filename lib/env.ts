import { z } from 'zod'

// Relative: next.config.ts loads this file through Next's config transpiler, which does not resolve `@/`.
import { TOP_COINS_BY_RANK } from './market/targets'
import { compileTrustedProxies } from './rateLimit/trustedProxies'

/** Used only outside production, so `npm run dev` works with no setup at all. */
export const DEV_PAYLOAD_SECRET = 'newsroom-dev-secret-not-for-production'

const DATABASE_URI_HINT =
  'use mongodb://…, mongodb+srv://… or file:<path> (default file:./data/newsroom.db)'

const MARKET_REFRESH_HINT =
  'must be a whole number of seconds from 60 to 86400 (CoinGecko caches for ~60 s; its free tier allows 10–30 calls a minute)'
/** A local stand-in (tests, a mirror) may be polled faster than CoinGecko itself. */
const LOCAL_REFRESH_HINT = 'must be a whole number of seconds from 1 to 86400'

/**
 * A variable holding a whole number from `min` to `max` (digits only: no sign, decimals or
 * exponent), `fallback` when unset; anything else fails with `message`.
 */
export const wholeNumberVariable = (fallback: string, min: number, max: number, message: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
      message,
    })
    .transform(Number)

/** Most coins one refresh covers; one provider call per 250, 40 calls a period at most. */
const MAX_REFRESH_COINS = 10_000

/** Market data (lib/market): which provider, how to reach CoinGecko, how often and how much to refresh. */
const ZMarketEnvSchema = {
  MARKET_PROVIDER: z
    .enum(['coingecko', 'offline'], { message: 'must be coingecko or offline' })
    .default('offline'),
  COINGECKO_API_KEY: z.string().trim().min(1).optional(),
  COINGECKO_BASE_URL: z
    .url({
      protocol: /^https?$/,
      message: 'must be an absolute http(s) URL, e.g. https://api.coingecko.com',
    })
    .default('https://api.coingecko.com')
    // Accept the base with or without CoinGecko's `/api/v3` suffix; the provider adds it.
    .transform((value) => value.replace(/\/+$/, '').replace(/\/api\/v3$/, '')),
  MARKET_REFRESH_SECONDS: wholeNumberVariable('60', 1, 86_400, LOCAL_REFRESH_HINT),
  // Two provider calls a period by default, whatever readers watch or adopt (lib/market/targets.ts).
  MARKET_REFRESH_MAX_COINS: wholeNumberVariable(
    '500',
    TOP_COINS_BY_RANK,
    MAX_REFRESH_COINS,
    `must be a whole number of coins from ${TOP_COINS_BY_RANK} (the top ${TOP_COINS_BY_RANK} by rank) to ${MAX_REFRESH_COINS}`,
  ),
}

/** Scheduled publishing (lib/jobs): how often due jobs are looked for, and how the server reaches itself. */
const ZScheduleEnvSchema = {
  SCHEDULE_POLL_SECONDS: wholeNumberVariable(
    '5',
    1,
    3600,
    'must be a whole number of seconds from 1 to 3600',
  ),
  INTERNAL_URL: z
    .url({
      protocol: /^https?$/,
      message:
        'must be an absolute http(s) URL at which this server reaches itself, e.g. http://127.0.0.1:3000',
    })
    .optional()
    .transform((value) => value?.replace(/\/+$/, '')),
}

/** The edge micro-cache's refresh listener (deploy/nginx.conf), which lib/edge asks to renew pages. */
const ZEdgeEnvSchema = {
  EDGE_REFRESH_URL: z
    .url({
      protocol: /^https?$/,
      message:
        'must be the absolute http(s) URL of nginx’s internal refresh listener, e.g. http://nginx:8081',
    })
    // Paths are appended as readers request them, so anything after the origin would change the
    // cache key; credentials would become an Authorization header, which bypasses the cache.
    .refine((value) => /^https?:\/\/[^/?#@]+\/*$/.test(value), {
      message: 'must be an origin only (scheme, host, port), e.g. http://nginx:8081',
    })
    .optional()
    .transform((value) => value?.replace(/\/+$/, '')),
}

/** Several app instances (lib/redis): the Redis server they share caches, expiries and limits through. */
const ZSharedEnvSchema = {
  // Unset: one instance, everything in process memory as before. redis:// or rediss:// (TLS),
  // credentials and database number in the URL as Redis clients read them.
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      message: 'must be a redis:// or rediss:// URL, e.g. redis://redis:6379',
    })
    .optional(),
}

/** Webhooks (lib/webhooks): whether receivers on private, loopback or reserved addresses are allowed. */
const ZWebhookEnvSchema = {
  WEBHOOK_ALLOW_PRIVATE_URLS: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
}

/** The custom server's in-memory page cache (server.ts, lib/pageCache). */
const ZServerEnvSchema = {
  PAGE_CACHE_MS: wholeNumberVariable(
    '1000',
    0,
    60_000,
    'must be a whole number of milliseconds from 0 (off) to 60000',
  ),
  // How many server processes `npm start` runs (lib/cluster); the usual name on Node hosts.
  WEB_CONCURRENCY: wholeNumberVariable(
    '1',
    1,
    64,
    'must be a whole number of server processes from 1 to 64',
  ),
  // The proxies (nginx) whose X-Forwarded-For names the client that rate limits count.
  TRUSTED_PROXIES: z.string().default('').refine(readsAsTrustedProxies, {
    message:
      'must be comma-separated addresses or CIDR ranges (or loopback, linklocal, uniquelocal), e.g. 172.16.0.0/12',
  }),
}

/** Where the app keeps its files: uploads (collections/Media.ts) and Next's build output. */
const ZFilesEnvSchema = {
  MEDIA_DIR: z.string().trim().min(1).default('./media'),
  // Another directory lets a second dev server, build or the benchmark's build sit beside `.next`.
  NEXT_DIST_DIR: z.string().trim().min(1).default('.next'),
}

/**
 * Media on S3-compatible storage (lib/storage): set S3_BUCKET to keep uploads there instead of
 * MEDIA_DIR, so that every app instance serves the same files. Credentials may also come from the
 * AWS SDK's usual sources (instance roles, AWS_* variables) when both keys are left unset.
 */
const ZS3EnvSchema = {
  S3_BUCKET: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      message: 'must be an S3 bucket name: 3-63 lower-case letters, digits, dots or hyphens',
    })
    .optional(),
  // Unset: AWS S3 itself. Set for MinIO, Cloudflare R2, Ceph and the like.
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message: 'must be the absolute http(s) URL of the S3 API, e.g. http://minio:9000',
    })
    .optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Most self-hosted S3 servers (MinIO) address buckets by path, not by host name.
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
}

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_PHASE: z.string().optional(),
  DATABASE_URI: z
    .string()
    .trim()
    .default('file:./data/newsroom.db')
    .refine((value) => /^(mongodb(\+srv)?:\/\/.+|file:.+)$/.test(value), {
      message: DATABASE_URI_HINT,
    }),
  PAYLOAD_SECRET: z.string().min(16, 'must be at least 16 characters long').optional(),
  SITE_URL: z
    .url({
      protocol: /^https?$/,
      message: 'must be an absolute http(s) URL, e.g. https://news.example',
    })
    .default('http://localhost:3000')
    .transform((value) => value.replace(/\/+$/, '')),
  TZ_DISPLAY: z
    .string()
    .default('Asia/Shanghai')
    .refine(isKnownTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' }),
  // Which colour rising prices get: 红涨绿跌 is what Chinese readers expect, green-up what
  // English readers expect. One setting for the Chinese editions (zh-CN, zh-TW), one for English.
  MARKET_UP_COLOR_ZH: z.enum(['red', 'green'], { message: 'must be red or green' }).default('red'),
  MARKET_UP_COLOR_EN: z
    .enum(['red', 'green'], { message: 'must be red or green' })
    .default('green'),
  SEED_ON_EMPTY: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  SEED_DEMO_ACCOUNTS: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  // Outgoing mail (password resets): an SMTP server, e.g. smtp://user:pass@mail.example:587.
  // Unset: development prints each mail to the console, production logs that it was not sent.
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      message: 'must be an smtp:// or smtps:// URL, e.g. smtp://mail:587',
    })
    .optional(),
  // New reader accounts confirm their address through a mailed link before they can log in.
  EMAIL_VERIFICATION: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  MAIL_FROM: z
    .string()
    .trim()
    .default('Newsroom <no-reply@localhost>')
    .refine((value) => /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(value), {
      message: 'must be an address, optionally with a name: Newsroom <news@example.com>',
    }),
  // Content API calls without a key, per client address and minute (answers from the shared
  // caches are not counted); each key has its own limit.
  CONTENT_API_ANONYMOUS_PER_MINUTE: wholeNumberVariable(
    '120',
    1,
    1_000_000,
    'must be a whole number of requests a minute from 1 to 1000000',
  ),
  // How long the audit log (collection audit-events) keeps an event; at least 90 days.
  AUDIT_RETENTION_DAYS: wholeNumberVariable(
    '365',
    90,
    36_500,
    'must be a whole number of days from 90 to 36500',
  ),
  ...ZMarketEnvSchema,
  ...ZScheduleEnvSchema,
  ...ZServerEnvSchema,
  ...ZEdgeEnvSchema,
  ...ZSharedEnvSchema,
  ...ZWebhookEnvSchema,
  ...ZFilesEnvSchema,
  ...ZS3EnvSchema,
})

type TRawEnv = z.infer<typeof ZEnvSchema>

export type TEnv = Omit<TRawEnv, 'PAYLOAD_SECRET' | 'SEED_ON_EMPTY' | 'SEED_DEMO_ACCOUNTS'> & {
  PAYLOAD_SECRET: string
  /** Whether the demo content is written into an empty database when Payload starts. */
  SEED_ON_EMPTY: boolean
  /** Whether the seed creates the local admin/editor/reader accounts with known passwords. */
  SEED_DEMO_ACCOUNTS: boolean
  databaseKind: 'mongodb' | 'sqlite'
  usingDevSecret: boolean
  /** SITE_URL was given, not defaulted: development then keeps to it like production does. */
  siteUrlIsSet: boolean
}

export class EnvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvError'
  }
}

function readsAsTrustedProxies(setting: string): boolean {
  try {
    compileTrustedProxies(setting)
    return true
  } catch {
    return false
  }
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** CoinGecko's paid plans use their own host and the `x-cg-pro-api-key` header. */
export function isCoinGeckoProHost(baseUrl: string): boolean {
  return new URL(baseUrl).hostname === 'pro-api.coingecko.com'
}

function isCoinGeckoHost(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname
  return host === 'coingecko.com' || host.endsWith('.coingecko.com')
}

type TEnvSource = Record<string, string | undefined>

/** `schema`'s variables from `source` (an empty value counts as unset), or a one-line EnvError. */
function parseVariables<TSchema extends z.ZodType>(schema: TSchema, source: TEnvSource) {
  const blanksRemoved = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const result = schema.safeParse(blanksRemoved)
  if (!result.success) {
    const issue = result.error.issues[0]
    const variable = String(issue?.path[0] ?? 'environment')
    throw new EnvError(`Invalid environment variable ${variable}: ${issue?.message ?? 'invalid'}`)
  }
  return result.data
}

/** Parses a raw environment; throws an EnvError whose message is one line naming the variable. */
export function parseEnv(source: TEnvSource): TEnv {
  const raw = parseVariables(ZEnvSchema, source)
  const isProduction = raw.NODE_ENV === 'production'
  // `next build` runs with NODE_ENV=production but serves nothing, so an image can be built
  // without its runtime secret; the server start-up still requires it.
  const isBuild = raw.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !isBuild && !raw.PAYLOAD_SECRET) {
    throw new EnvError(
      'Invalid environment variable PAYLOAD_SECRET: required in production; set it to a long random string (e.g. `openssl rand -hex 32`)',
    )
  }
  // Never poll CoinGecko itself faster than it refreshes (~60 s); a local stand-in may be faster.
  if (
    raw.MARKET_PROVIDER === 'coingecko' &&
    isCoinGeckoHost(raw.COINGECKO_BASE_URL) &&
    raw.MARKET_REFRESH_SECONDS < 60
  ) {
    throw new EnvError(
      `Invalid environment variable MARKET_REFRESH_SECONDS: ${MARKET_REFRESH_HINT}`,
    )
  }
  // CoinGecko's paid host answers every request without a key with an error (10002).
  if (isCoinGeckoProHost(raw.COINGECKO_BASE_URL) && !raw.COINGECKO_API_KEY) {
    throw new EnvError(
      'Invalid environment variable COINGECKO_API_KEY: required with COINGECKO_BASE_URL=https://pro-api.coingecko.com',
    )
  }
  // One key without the other would make the SDK fail on the first upload, not at start-up.
  if (Boolean(raw.S3_ACCESS_KEY_ID) !== Boolean(raw.S3_SECRET_ACCESS_KEY)) {
    const missing = raw.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'
    throw new EnvError(
      `Invalid environment variable ${missing}: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together`,
    )
  }
  if (!raw.S3_BUCKET && (raw.S3_ENDPOINT || raw.S3_ACCESS_KEY_ID)) {
    throw new EnvError(
      'Invalid environment variable S3_BUCKET: required when S3_ENDPOINT or S3 credentials are set',
    )
  }
  return {
    ...raw,
    PAYLOAD_SECRET: raw.PAYLOAD_SECRET ?? DEV_PAYLOAD_SECRET,
    SEED_ON_EMPTY: raw.SEED_ON_EMPTY ?? raw.NODE_ENV !== 'test',
    SEED_DEMO_ACCOUNTS: raw.SEED_DEMO_ACCOUNTS ?? !isProduction,
    databaseKind: raw.DATABASE_URI.startsWith('mongodb') ? 'mongodb' : 'sqlite',
    usingDevSecret: !raw.PAYLOAD_SECRET,
    siteUrlIsSet: Boolean(source.SITE_URL),
  }
}

let cached: TEnv | undefined

/**
 * The validated environment, parsed once. A bad variable ends the process with a single line
 * (instead of a stack trace) because that is what someone starting the server needs to read.
 */
export function getEnv(): TEnv {
  if (cached) return cached
  try {
    cached = parseEnv(process.env)
  } catch (error) {
    if (error instanceof EnvError && process.env.NODE_ENV !== 'test') {
      console.error(`✖ ${error.message}`)
      process.exit(1)
    }
    throw error
  }
  if (cached.usingDevSecret && cached.NODE_ENV === 'development') warnAboutDevSecretOnce()
  return cached
}

/**
 * Next loads this module in several bundles and processes (the dev server, its workers); the
 * marker in the environment is shared by all of them and inherited by the processes they start,
 * so a warning is printed once.
 */
function warnAboutDevSecretOnce(): void {
  const marker = 'NEWSROOM_WARNED_DEV_SECRET'
  if (process.env[marker]) return
  process.env[marker] = '1'
  console.warn('⚠ PAYLOAD_SECRET is not set: using the fixed development secret.')
}

const ZNextDistDirSchema = z.object({ NEXT_DIST_DIR: ZFilesEnvSchema.NEXT_DIST_DIR })

/**
 * Next's build directory (NEXT_DIST_DIR), for the scripts that build or start the server. Read on
 * its own and afresh on every call, unlike getEnv(): the benchmark chooses its build directory
 * while it runs, and a script must not stop on variables only the server needs.
 */
export function nextDistDir(source: TEnvSource = process.env): string {
  return parseVariables(ZNextDistDirSchema, source).NEXT_DIST_DIR
}
