import { spawn } from 'node:child_process'
import { constants as fsConstants } from 'node:fs'
import { access, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from '@/scripts/lib/freePort'

/**
 * Starts Debian's nginx with deploy/nginx.conf, the file docker compose runs, in front of an app on
 * this machine: for the edge micro-cache test and `npm run bench`. Only the lines of nginx.conf
 * tagged `# startNginx: user|upstream|listen|refresh` are rewritten (see the top of nginx.conf); the pid
 * file, temp files and cache go under the work directory, which nginx gets as its prefix (`-p`).
 * Works as root and as an ordinary user.
 */

export type TStartNginxOptions = {
  /**
   * The app's address, `host:port`, e.g. `127.0.0.1:3000`; several for several app instances,
   * which nginx balances over (round robin), as compose's `app` resolving to every container.
   */
  upstream: string | string[]
  /**
   * false: the public listener caches nothing (`proxy_cache off`), so every request reaches an
   * app instance: the scale-out bench loads the origins through the balancer. Default true.
   */
  microCache?: boolean
  /** Port nginx listens on, on 127.0.0.1; 0 picks a free one. */
  listenPort: number
  /**
   * Port of the refresh listener (the app's EDGE_REFRESH_URL), on 127.0.0.1; 0 or absent picks a
   * free one.
   */
  refreshPort?: number
  /**
   * Directory for the config, pid, temp files, cache and logs (error.log, access.log); its cache
   * directories are emptied on start. Default: a fresh temporary directory, removed by stop().
   */
  workDir?: string
}

export type TNginx = {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string
  /** `http://127.0.0.1:<refresh port>`: what the app's EDGE_REFRESH_URL should be. */
  refreshUrl: string
  /** nginx's own messages (start-up, warnings, errors) so far. */
  logs: () => string
  /** Stops nginx (master and workers) and removes the temporary directory if startNginx made it. */
  stop: () => Promise<void>
}

const CONFIG_TEMPLATE = fileURLToPath(new URL('./nginx.conf', import.meta.url))
const CACHE_DIRECTORIES = ['edge_pages', 'edge_static']
const BINARY_CANDIDATES = [
  '/usr/sbin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/nginx/sbin/nginx',
]
const READY_TIMEOUT_MS = 15_000
const STOP_TIMEOUT_MS = 10_000
const ADDRESS_IN_USE = /Address already in use/

export async function startNginx(options: TStartNginxOptions): Promise<TNginx> {
  const addresses = typeof options.upstream === 'string' ? [options.upstream] : options.upstream
  if (addresses.length === 0) throw new Error('startNginx: upstream needs at least one address')
  const upstream = addresses.map(parseUpstream)
  const microCache = options.microCache ?? true
  const refreshPort = options.refreshPort ?? 0
  for (const [name, value] of [
    ['listenPort', options.listenPort],
    ['refreshPort', refreshPort],
  ] as const)
    if (!Number.isInteger(value) || value < 0 || value > 65535)
      throw new Error(`startNginx: ${name} must be a port number or 0, got ${value}`)
  if (options.listenPort !== 0 && options.listenPort === refreshPort)
    throw new Error(`startNginx: listenPort and refreshPort must differ, both are ${refreshPort}`)
  const binary = await findNginxBinary()
  const template = await readFile(CONFIG_TEMPLATE, 'utf8')

  // A port picked here can be taken by someone else before nginx binds it: pick again then.
  const attempts = options.listenPort === 0 || refreshPort === 0 ? 3 : 1
  for (let attempt = 1; ; attempt++) {
    const port = options.listenPort || (await freePort())
    let refresh = refreshPort
    while (refresh === 0 || refresh === port) refresh = await freePort()
    try {
      return await launch({
        binary,
        template,
        upstream,
        microCache,
        port,
        refreshPort: refresh,
        workDir: options.workDir,
      })
    } catch (error) {
      if (attempt >= attempts || !ADDRESS_IN_USE.test((error as Error).message)) throw error
    }
  }
}

type TLaunchOptions = {
  binary: string
  template: string
  upstream: string[]
  microCache: boolean
  port: number
  refreshPort: number
  workDir: string | undefined
}

async function launch({
  binary,
  template,
  upstream,
  microCache,
  port,
  refreshPort,
  workDir,
}: TLaunchOptions) {
  const ownsWorkDir = workDir === undefined
  const directory = path.resolve(
    workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'newsroom-nginx-'))),
  )
  await mkdir(directory, { recursive: true })
  // A fresh cache, like a new deployment: no copies from an earlier run in the same directory.
  for (const cache of CACHE_DIRECTORIES)
    await rm(path.join(directory, cache), { recursive: true, force: true })

  const isRoot = process.getuid?.() === 0
  const baseUrl = `http://127.0.0.1:${port}`
  const nginx = await runNginx({
    binary,
    directory,
    config: renderConfig(template, { upstream, microCache, port, refreshPort, isRoot }),
    baseUrl,
    removeDirectoryOnStop: ownsWorkDir,
  })
  return { baseUrl, refreshUrl: `http://127.0.0.1:${refreshPort}`, ...nginx }
}

export type TRunNginxOptions = {
  /** The nginx binary; default: found as startNginx finds it (NGINX_BIN, PATH, sbin). */
  binary?: string
  /** nginx's prefix (`-p`): the config, pid, temp files and access.log go here. */
  directory: string
  /** The whole nginx.conf. It must answer `ok` on `<baseUrl>/nginx-health`. */
  config: string
  /** Where it listens, `http://127.0.0.1:<port>`. */
  baseUrl: string
  /** Whether stop() also deletes `directory`. */
  removeDirectoryOnStop: boolean
}

/**
 * Runs nginx in the foreground on `config` until stop(): resolves once it answers on
 * `<baseUrl>/nginx-health`; rejects with nginx's messages when it exits, cannot bind its port or
 * does not answer in time. Also used for the benchmark's static reference (scripts/bench).
 */
export async function runNginx(options: TRunNginxOptions): Promise<Pick<TNginx, 'logs' | 'stop'>> {
  const { directory, baseUrl } = options
  const binary = options.binary ?? (await findNginxBinary())
  const configFile = path.join(directory, 'nginx.conf')
  await writeFile(configFile, options.config)

  // Access log lines (nginx.conf logs to /dev/stdout) go to a file in the work directory.
  const accessLog = await open(path.join(directory, 'access.log'), 'a')
  let messages = ''
  const child = spawn(
    binary,
    ['-p', `${directory}/`, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: ['ignore', accessLog.fd, 'pipe'] },
  )
  await accessLog.close()
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    messages = (messages + chunk).slice(-64_000)
  })
  let failedToSpawn = false
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', (error) => {
      failedToSpawn = true
      messages += `\n${error.message}`
      resolve()
    })
  })
  const hasExited = () => failedToSpawn || child.exitCode !== null || child.signalCode !== null
  // If the caller never stops it (a failed beforeAll, an exception), do not leave nginx behind.
  const stopOnExit = () => {
    if (!hasExited()) child.kill('SIGTERM')
  }
  process.once('exit', stopOnExit)

  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', stopOnExit)
      if (!hasExited()) {
        // SIGTERM: nginx's fast shutdown; the master stops its workers, then exits.
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
        await exited
        clearTimeout(timer)
      }
      if (options.removeDirectoryOnStop) await rm(directory, { recursive: true, force: true })
    })())

  const deadline = Date.now() + READY_TIMEOUT_MS
  // nginx retries a busy port for a few seconds before exiting; its first complaint is enough
  // (and another server on that port must not be mistaken for ours).
  const failed = () => hasExited() || ADDRESS_IN_USE.test(messages)
  while (Date.now() < deadline && !failed()) {
    if ((await answers(`${baseUrl}/nginx-health`)) && !failed())
      return { logs: () => messages, stop }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const reason = hasExited()
    ? `exited (${child.exitCode ?? child.signalCode})`
    : failed()
      ? `could not listen on ${baseUrl}`
      : `did not answer on ${baseUrl} within ${READY_TIMEOUT_MS / 1000} s`
  await stop()
  throw new Error(`nginx ${reason}:\n${messages.trim()}`)
}

/** `host:port` with a plain host name, IPv4 or [IPv6] address: nothing that could end a directive. */
function parseUpstream(upstream: string): string {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(upstream)
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535)
    throw new Error(
      `startNginx: upstream must be host:port (e.g. 127.0.0.1:3000), got "${upstream}"`,
    )
  return upstream
}

type TRenderOptions = {
  upstream: string[]
  microCache: boolean
  port: number
  refreshPort: number
  isRoot: boolean
}

/** deploy/nginx.conf with its tagged lines rewritten for this machine. */
function renderConfig(
  template: string,
  { upstream, microCache, port, refreshPort, isRoot }: TRenderOptions,
): string {
  let config = template
  // nginx ignores `user` unless it runs as root; as root, workers must be able to write the cache
  // in this process's private directory, and Debian has no `nginx` user.
  config = rewriteTagged(config, 'user', 'user', () => (isRoot ? ['root'] : null))
  // `resolve` re-resolves a name (compose's `app`); an address needs none, and nginx < 1.27.3 refuses it.
  // One `server` line per instance: what compose's `app` resolves to, written out.
  config = rewriteTagged(config, 'upstream', 'server', ([, ...params]) =>
    upstream.map((address) => [address, ...params.filter((param) => param !== 'resolve')]),
  )
  config = rewriteTagged(config, 'pages', 'proxy_cache', (zone) => (microCache ? zone : ['off']))
  config = rewriteTagged(config, 'listen', 'listen', ([, ...params]) => [
    `127.0.0.1:${port}`,
    ...params,
  ])
  config = rewriteTagged(config, 'refresh', 'listen', ([, ...params]) => [
    `127.0.0.1:${refreshPort}`,
    ...params,
  ])
  return config
}

/**
 * Replaces the arguments of the one directive tagged `# startNginx: <tag>` (with several
 * directives when `rewrite` returns a list of argument lists), or comments the line out when it
 * returns null. Fails loudly if nginx.conf no longer has exactly that line.
 */
function rewriteTagged(
  config: string,
  tag: string,
  directive: string,
  rewrite: (args: string[]) => string[] | string[][] | null,
): string {
  const line = new RegExp(
    `^([ \\t]*)${directive}[ \\t]+([^;#\\n]+);([ \\t]*#[ \\t]*startNginx:[ \\t]*${tag})[ \\t]*$`,
    'gm',
  )
  const tagged = new RegExp(`#[ \\t]*startNginx:[ \\t]*${tag}[ \\t]*$`, 'gm')
  const found = config.match(tagged)?.length ?? 0
  if (found !== 1 || (config.match(line)?.length ?? 0) !== 1)
    throw new Error(
      `deploy/nginx.conf: expected exactly one "${directive} …;  # startNginx: ${tag}" line, found ${found} tagged`,
    )
  return config.replace(line, (_all, indent: string, args: string, comment: string) => {
    const next = rewrite(args.trim().split(/\s+/))
    if (next === null)
      return `${indent}# ${directive} ${args.trim()}; (dropped: not running as root)${comment}`
    const lines = next.every((item) => Array.isArray(item)) ? next : [next as string[]]
    return lines.map((line) => `${indent}${directive} ${line.join(' ')};${comment}`).join('\n')
  })
}

/** NGINX_BIN if set, else PATH, then the usual sbin directories (often not on a user's PATH). */
export async function findNginxBinary(): Promise<string> {
  if (process.env.NGINX_BIN) {
    if (await isExecutable(process.env.NGINX_BIN)) return process.env.NGINX_BIN
    throw new Error(
      `NGINX_BIN=${process.env.NGINX_BIN} is not an executable nginx; ` +
        'unset it to use the system one, or install it: apt-get install -y nginx',
    )
  }
  const fromPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((directory) => path.join(directory, 'nginx'))
  for (const candidate of [...fromPath, ...BINARY_CANDIDATES]) {
    if (await isExecutable(candidate)) return candidate
  }
  throw new Error(
    `nginx not found (looked on PATH and at ${BINARY_CANDIDATES.join(', ')}): ` +
      'install it: apt-get install -y nginx',
  )
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK)
    return true
  } catch {
    return false
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) })
    return response.ok && (await response.text()).startsWith('ok')
  } catch {
    return false
  }
}
