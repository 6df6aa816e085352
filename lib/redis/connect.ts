import { randomUUID } from 'node:crypto'
import os from 'node:os'

import { createClient, type RedisClientType } from '@redis/client'

import { RedisOutage, type TOutageLog } from './outage'
import type { TSharedRedis } from './shared'

/** Longest wait between two attempts to reach Redis again: recovery within about a second. */
const RECONNECT_MAX_MS = 1000

export type TRedisConnection = TSharedRedis & {
  /** A second connection: one that subscribes can send no other commands. */
  subscriber: RedisClientType
  close(): Promise<void>
}

/**
 * Opens this instance's connections to Redis without waiting for them: an instance starts and
 * serves while Redis is away, and the clients keep retrying. Commands sent while a client is
 * offline fail at once instead of queueing (disableOfflineQueue), so a request never waits for
 * Redis to come back; callers treat the failure as "no shared state" (lib/redis/shared.ts).
 */
export function openRedis(url: string, log: TOutageLog): TRedisConnection {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, RECONNECT_MAX_MS),
    },
  }) as RedisClientType
  const subscriber = client.duplicate() as RedisClientType
  const outage = new RedisOutage(log, () => client.isReady && subscriber.isReady)
  for (const connection of [client, subscriber]) {
    connection.on('error', (error: unknown) => outage.failed(error))
    // Back only once both are: a subscriber that was away may have missed expiries.
    connection.on('ready', () => {
      if (client.isReady && subscriber.isReady) outage.recovered()
    })
    connection.connect().catch((error: unknown) => outage.failed(error))
  }
  return {
    client,
    subscriber,
    outage,
    instanceId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()])
    },
  }
}
