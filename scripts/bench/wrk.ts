import { spawn } from 'node:child_process'

export type TLoadResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Non-2xx/3xx answers plus socket errors (connect, read, write, timeout). */
  errors: number
}

export type TLoadOptions = {
  url: string
  connections: number
  durationSeconds: number
  headers?: Record<string, string>
}

const UNIT_TO_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 }

function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text)
  if (!match) throw new Error(`wrk: unexpected duration "${text}"`)
  return Number(match[1]) * UNIT_TO_MS[match[2]!]!
}

/** Reads wrk's `--latency` report (see the wrk README for its layout). */
export function parseWrkReport(report: string): TLoadResult {
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(report)
    if (!match) throw new Error(`wrk: no ${p}% latency in:\n${report}`)
    return durationMs(match[1]!)
  }
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(report)
  const total = /^\s*(\d+) requests in/m.exec(report)
  if (!rate || !total) throw new Error(`wrk: no request rate in:\n${report}`)
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(report)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report)
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  return {
    requestsPerSecond: Number(rate[1]),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    requests: Number(total[1]),
    errors: non2xx + socketErrors,
  }
}

/** wrk on loopback, bounded in time; two threads at most on any machine, so runs stay comparable. */
export async function runLoad(options: TLoadOptions): Promise<TLoadResult> {
  const threads = Math.min(2, options.connections)
  const args = [
    `-t${threads}`,
    `-c${options.connections}`,
    `-d${options.durationSeconds}s`,
    '--timeout',
    '10s',
    '--latency',
  ]
  for (const [name, value] of Object.entries(options.headers ?? {}))
    args.push('-H', `${name}: ${value}`)
  args.push(options.url)
  const report = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', (error) =>
      reject(
        new Error(`wrk could not start (${error.message}); install it: apt-get install -y wrk`),
      ),
    )
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`wrk exited ${code}:\n${output}`)),
    )
  })
  return parseWrkReport(report)
}
