import { randomUUID } from 'node:crypto'

import { sharedRedis } from './shared'

/** Longest a start-up step may hold the lock: past this another instance goes ahead anyway. */
const HOLD_MS = 10 * 60 * 1000
/** How long a starting instance waits for its Redis connection before going ahead without. */
const CONNECT_WAIT_MS = 5000
const POLL_MS = 250

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `step` (migrations, the demo seed of an empty database) in one app instance at a time:
 * `docker compose up --scale app=3` starts three at once, and three seeds of one empty database
 * would collide. The others wait, then run it too and find nothing left to do. Without Redis
 * (one instance, or several server processes that the cluster primary starts one by one) or when
 * it cannot be reached within a few seconds, `step` simply runs.
 */
export async function oneInstanceAtATime<TResult>(
  name: string,
  step: () => Promise<TResult>,
): Promise<TResult> {
  const shared = sharedRedis()
  if (!shared) return step()
  const started = Date.now()
  while (!shared.client.isReady && Date.now() - started < CONNECT_WAIT_MS) await sleep(50)
  const key = `newsroom:lock:${name}`
  const holder = `${shared.instanceId}:${randomUUID()}`
  let held = false
  while (Date.now() - started < HOLD_MS) {
    try {
      held = (await shared.client.set(key, holder, { NX: true, PX: HOLD_MS })) === 'OK'
      if (held) break
    } catch (error) {
      shared.outage.failed(error)
      break
    }
    await sleep(POLL_MS)
  }
  try {
    return await step()
  } finally {
    if (held)
      await shared.client
        .eval(RELEASE, { keys: [key], arguments: [holder] })
        .catch((error: unknown) => shared.outage.failed(error))
  }
}
