import type { TRedisConnection } from './connect'
import { decodeTagExpiry, encodeTagExpiry, TAG_EXPIRY_CHANNEL } from './tagExpiryChannel'

type TConnection = Pick<TRedisConnection, 'client' | 'subscriber' | 'instanceId'>

/** Tells every other instance that `tags` were expired here; rejects when Redis is unreachable. */
export async function announceTagExpiry(connection: TConnection, tags: readonly string[]) {
  await connection.client.publish(
    TAG_EXPIRY_CHANNEL,
    encodeTagExpiry({ from: connection.instanceId, tags: [...tags] }),
  )
}

/**
 * Calls `onExpired` with the tags each other instance announces (this instance's own are skipped:
 * it expired them itself). Subscribes once the subscriber is first connected, which may be long
 * after start; the client subscribes again by itself after each reconnection.
 */
export function listenForTagExpiries(
  connection: TConnection,
  onExpired: (tags: string[]) => void,
): void {
  const listener = (message: string) => {
    const notice = decodeTagExpiry(message)
    if (notice && notice.from !== connection.instanceId) onExpired(notice.tags)
  }
  let subscribed = false
  const subscribe = () => {
    if (subscribed) return
    subscribed = true
    connection.subscriber.subscribe(TAG_EXPIRY_CHANNEL, listener).catch(() => {
      // Dropped again before the subscription was made: try at the next connection.
      subscribed = false
    })
  }
  if (connection.subscriber.isReady) subscribe()
  else connection.subscriber.on('ready', subscribe)
}
