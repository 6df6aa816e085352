import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Flashes } from './collections/Flashes'
import { FlashCategories } from './collections/FlashCategories'
import { FlashVotes } from './collections/FlashVotes'
import { Articles } from './collections/Articles'
import { ApiKeys } from './collections/ApiKeys'
import { ArticleViews } from './collections/ArticleViews'
import { AuditEvents } from './collections/AuditEvents'
import { Bookmarks } from './collections/Bookmarks'
import { Coins } from './collections/Coins'
import { SearchDocuments } from './collections/SearchDocuments'
import { Leases } from './collections/Leases'
import { Media } from './collections/Media'
import { Redirects } from './collections/Redirects'
import { Tags } from './collections/Tags'
import { Users } from './collections/Users'
import { Watchlists } from './collections/Watchlists'
import { Webhooks } from './collections/Webhooks'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { withDefaultRequestLocale } from './collections/hooks/defaultRequestLocale'
import { articleBodyEditor } from './collections/Articles/bodyEditor'
import { ADMIN_DATE_FORMAT, adminTimezones } from './lib/admin/adminDates'
import { adminI18n } from './lib/admin/i18n'
import { hiddenFromContributors } from './lib/admin/contributorNav'
import { contentLocalization } from './lib/i18n/contentLocalization'
import { healthEndpoint } from './endpoints/health'
import { searchEndpoint } from './endpoints/search'
import { createDatabaseAdapter } from './lib/db/adapter'
import { getEnv } from './lib/env'
import { oneInstanceAtATime } from './lib/redis/startupLock'
import { UPLOAD_BODY_LIMIT_BYTES, UPLOAD_FILE_LIMIT_BYTES } from './lib/security/bodyLimit'
import { loggerFor, loggingLevels } from './lib/logging/logger'
import { answerAndLogRequestError } from './lib/logging/requestErrors'
import { jobsAccess } from './lib/jobs/access'
import { newsroomMailAdapter } from './lib/mail/adapter'
import { auditSchedules } from './lib/audit/scheduleEvents'
import { startScheduledJobsRunner } from './lib/jobs/runner'
import { refuseContributorSchedules } from './lib/jobs/refuseContributorSchedules'
import { deliverWebhookTask } from './lib/webhooks/deliveryTask'
import { cleanUpDeliveriesTask } from './lib/webhooks/cleanup'
import { startWebhookJobsRunner } from './lib/webhooks/runner'
import { startAbandonedDraftsSweep } from './lib/drafts/abandonedDrafts'
import { startMarketRefreshScheduler } from './lib/market/scheduler'
import { runPendingMigrations } from './lib/db/migrate'
import { seedIfEmpty } from './lib/seed/seedIfEmpty'
import { boundEveryCollection } from './lib/security/boundEveryCollection'
import { graphqlRowCostRule } from './lib/security/graphqlRowCost'
import { loginCookieOrigins } from './lib/security/devOrigins'
import { mediaStoragePlugin } from './lib/storage/mediaStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()
const development = env.NODE_ENV === 'development'

const config = buildConfig({
  secret: env.PAYLOAD_SECRET,
  // In development without a SITE_URL the admin calls its API on whatever origin it is opened at
  // (another port, 127.0.0.1, the network address); otherwise at SITE_URL.
  serverURL: development && !env.siteUrlIsSet ? '' : env.SITE_URL,
  csrf: loginCookieOrigins({ siteUrl: env.SITE_URL, development, port: process.env.PORT }),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Newsroom' },
    // Gravatar is a third-party request; the built-in avatar works offline.
    avatar: 'default',
    // A reader who opens /admin gets a way back to the portal besides 登出; editors find the
    // 待审核 list, contributors their returned drafts, above the dashboard. The provider works
    // around list cells that miss their row coming into view (lib/admin/latestIntersectionEntries).
    components: {
      views: { unauthorized: { Component: '/components/admin/UnauthorizedView#UnauthorizedView' } },
      beforeDashboard: ['/components/admin/ReviewQueue#ReviewQueue'],
      providers: ['/components/admin/LatestIntersectionEntries.client#LatestIntersectionEntries'],
    },
    dateFormat: ADMIN_DATE_FORMAT,
    timezones: adminTimezones(env.TZ_DISPLAY),
  },
  i18n: adminI18n,
  // Content locales = the portal's editions (which fields are localized: collections/).
  localization: contentLocalization,
  collections: [
    Articles,
    Flashes,
    Tags,
    Redirects,
    FlashCategories,
    FlashVotes,
    Coins,
    Media,
    Users,
    Watchlists,
    Bookmarks,
    Leases,
    SearchDocuments,
    ArticleViews,
    ApiKeys,
    Webhooks,
    WebhookDeliveries,
    AuditEvents,
  ]
    .map(withDefaultRequestLocale)
    .map(hiddenFromContributors),
  editor: articleBodyEditor,
  // Uploads on S3-compatible storage when S3_BUCKET is set (lib/storage), else in MEDIA_DIR.
  plugins: [mediaStoragePlugin(env)],
  db: createDatabaseAdapter({ env, migrationsRoot: path.join(dirname, 'migrations') }),
  sharp,
  // Uploads are images: 10 MB each (lib/security/bodyLimit.ts).
  upload: {
    limits: { fileSize: UPLOAD_FILE_LIMIT_BYTES },
    requestSizeLimit: UPLOAD_BODY_LIMIT_BYTES,
  },
  logger: loggerFor(env),
  // Password-reset mails: SMTP_URL, or the console in development (lib/mail/adapter.ts).
  email: newsroomMailAdapter(env),
  loggingLevels,
  hooks: { afterError: [answerAndLogRequestError] },
  // GET /api/health
  endpoints: [healthEndpoint, searchEndpoint],
  graphQL: {
    disablePlaygroundInProduction: true,
    // Payload's own limit counts fields; ours also counts the rows each list returns.
    maxComplexity: 1000,
    validationRules: (args) => [graphqlRowCostRule(args.variableValues)],
  },
  // No phoning home: our machines have no outside network, and a news site should not leak usage.
  telemetry: false,
  typescript: {
    outputFile: path.join(dirname, 'payload-types.ts'),
    // Under Jest a background type generator would keep the process alive.
    autoGenerate: env.NODE_ENV === 'development',
  },
  jobs: {
    // Scheduled publishing (versions.drafts.schedulePublish) is carried out by queued jobs. They
    // are run by lib/jobs/runner.ts through the run endpoint, not by `autoRun`, so that the cache
    // revalidation in the article hooks happens inside a request (see there).
    access: jobsAccess,
    // Webhook deliveries and their log's clean-up, on a queue of their own that
    // lib/webhooks/runner.ts runs in-process every second (docs/webhooks.md).
    tasks: [deliverWebhookTask, cleanUpDeliveriesTask],
  },
  onInit: async (payload) => {
    // App instances started together (`--scale app=3`) migrate and seed one after the other.
    await oneInstanceAtATime('startup', async () => {
      await runPendingMigrations(payload)
      if (env.SEED_ON_EMPTY) {
        await seedIfEmpty(payload, {
          accounts: env.SEED_DEMO_ACCOUNTS,
          printAccounts: env.NODE_ENV === 'development',
        })
      }
    })
    // Market data every MARKET_REFRESH_SECONDS, in Next.js server processes only (lib/market).
    startMarketRefreshScheduler(payload)
    startScheduledJobsRunner(payload)
    startWebhookJobsRunner(payload)
    // Empty drafts left by 创建新条目 under autosave go after a day (lib/drafts).
    startAbandonedDraftsSweep(payload)
    auditSchedules(payload)
    // Wraps the audited queue: a refused schedule is neither stored nor recorded.
    refuseContributorSchedules(payload)
  },
})

export default config.then(boundEveryCollection)
