/**
 * The production server (`npm start`, the Docker image): Next's request handler behind an
 * in-memory page cache (lib/pageCache). Next's own pipeline costs about a millisecond of CPU even
 * for a page it has cached, which caps one process at roughly a thousand pages a second on a
 * small machine; anonymous repeat reads of a page within PAGE_CACHE_MS are answered from memory
 * instead. Every publish, edit or unpublish clears that memory (lib/revalidate.ts), so readers
 * of this process see a change as soon as Next does.
 *
 * Run from the project directory (or the standalone output's directory in the image); PORT and
 * HOSTNAME choose where it listens, as with Next's standalone server. WEB_CONCURRENCY > 1 runs
 * that many such server processes on the one port (lib/cluster), to use more than one core.
 * REDIS_URL makes it one of several app instances, on as many machines, sharing Next's cache,
 * expiries and rate limits through Redis (lib/redis).
 */
import cluster from 'node:cluster'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'

import { runPrimary } from './lib/cluster/primary'
import { joinCluster } from './lib/cluster/worker'
import { workerNumber } from './lib/cluster/workerNumber'
import { EnvError, getEnv } from './lib/env'
import { withPageCache } from './lib/pageCache/handler'
import { registerProcessPageCache } from './lib/pageCache/processCache'
import { joinInstances, openSharedState } from './lib/redis/joinInstances'
import { PageStore } from './lib/pageCache/store'
import { parseListenAddress } from './lib/pageCache/listenAddress'
import { withMovedArticles } from './lib/redirects/movedArticles'
import { stampClientAddress } from './lib/rateLimit/clientAddress'
import { keepRateLimitsForWorkers } from './lib/rateLimit/primary'
import { compileTrustedProxies } from './lib/rateLimit/trustedProxies'
import { securityHeaders, setSecurityHeaders } from './lib/security/headers'
import { refuseOversizedBody } from './lib/security/nodeBodyLimit'
import { refuseMalformedRequest } from './lib/security/nodeRequestChecks'
import { resolvedPathname } from './lib/security/malformedUrl'
import { isPageActionPost, readablePageActionPost } from './lib/security/pageActionPost'

const PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024
const PAGE_CACHE_MAX_ENTRY_BYTES = 2 * 1024 * 1024
/** An expired page is still answered this long while its renewal renders (a publish clears it). */
const PAGE_CACHE_STALE_MS = 10_000

/**
 * Next's standalone output (Dockerfile) ships no next.config.ts: its config was resolved at build
 * time into required-server-files.json, which Next's generated server.js hands over through this
 * variable. Do the same when there is no config file to load.
 */
function adoptBuiltConfigWithoutConfigFile(dir: string, distDir: string): void {
  const configFiles = ['next.config.ts', 'next.config.mjs', 'next.config.js']
  if (configFiles.some((file) => existsSync(path.join(dir, file)))) return
  const built = JSON.parse(
    readFileSync(path.join(dir, distDir, 'required-server-files.json'), 'utf8'),
  ) as { config: unknown }
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(built.config)
}

/** A start-up problem the person starting the server can fix; printed as one line. */
class StartupError extends Error {}

async function main(): Promise<void> {
  // Like `next start`: this server only ever serves a production build.
  Object.assign(process.env, { NODE_ENV: 'production' })
  // Ends the process with one line naming the variable when the environment is wrong.
  const env = getEnv()
  const { port, hostname } = parseListenAddress(process.env)
  // The scheduled-jobs runner reaches this server through PORT (lib/jobs/runner.ts).
  process.env.PORT = String(port)

  const dir = process.cwd()
  const distDir = env.NEXT_DIST_DIR
  if (!existsSync(path.join(dir, distDir, 'BUILD_ID'))) {
    throw new StartupError(`no production build in ${distDir}: run npm run build first`)
  }
  if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) {
    console.log(`▲ Newsroom: starting ${env.WEB_CONCURRENCY} server processes`)
    keepRateLimitsForWorkers()
    runPrimary(env.WEB_CONCURRENCY)
    return
  }
  adoptBuiltConfigWithoutConfigFile(dir, distDir)
  // One of several app instances (lib/redis): Next's cache must be the shared one before Next starts.
  const sharedState = env.REDIS_URL ? openSharedState(env.REDIS_URL) : undefined
  const app = next({ dev: false, dir, hostname, port })
  await app.prepare()
  // An old article URL's redirect leaves as a 301 with the query string (lib/redirects).
  const handle = withMovedArticles(app.getRequestHandler())

  const store = new PageStore({
    ttlMs: env.PAGE_CACHE_MS,
    staleMs: PAGE_CACHE_STALE_MS,
    maxBytes: PAGE_CACHE_MAX_BYTES,
    maxEntryBytes: PAGE_CACHE_MAX_ENTRY_BYTES,
  })
  registerProcessPageCache(store)
  if (cluster.isWorker) await joinCluster(store)
  if (sharedState) await joinInstances(sharedState, store)
  const answer = env.PAGE_CACHE_MS > 0 ? withPageCache(handle, store) : handle
  // Set before Next or the page cache answers, so every response carries them, stored copies too.
  const headers = securityHeaders({ siteUrl: env.SITE_URL })
  const trustedProxies = compileTrustedProxies(env.TRUSTED_PROXIES)
  const server = createServer((request, response) => {
    setSecurityHeaders(response, headers)
    if (refuseMalformedRequest(request, response)) return
    if (refuseOversizedBody(request, response)) return
    // The rate limits behind Next count per client (lib/rateLimit).
    stampClientAddress(request, trustedProxies)
    if (!isPageActionPost(request, resolvedPathname(request.url ?? '/')))
      return answer(request, response)
    void readablePageActionPost(request, response).then(
      (readable) => readable && answer(readable, response),
    )
  })
  server.once('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'the port is in use' : error.message
    console.error(`✖ cannot listen on ${hostname}:${port}: ${reason}`)
    process.exit(1)
  })
  server.listen(port, hostname, () => {
    const processName = cluster.isWorker ? `, process ${workerNumber()}` : ''
    const shared = sharedState ? ', shared through Redis' : ''
    console.log(
      `▲ Newsroom ready on http://${hostname}:${port} (page cache ${env.PAGE_CACHE_MS} ms${shared}${processName})`,
    )
  })

  const shutDown = () => {
    server.close(() => process.exit(0))
    // Keep-alive connections would hold close() open; they carry no unfinished work worth waiting for.
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.once('SIGTERM', shutDown)
  process.once('SIGINT', shutDown)
}

main().catch((error: unknown) => {
  const oneLine = error instanceof EnvError || error instanceof StartupError
  console.error(oneLine ? `✖ ${error.message}` : error)
  process.exit(1)
})
