/** The jobs queue of webhook deliveries and their clean-up, run by lib/webhooks/runner.ts. */
export const WEBHOOKS_QUEUE = 'webhooks'
export const DELIVER_TASK = 'deliverWebhook'
export const CLEANUP_TASK = 'cleanUpWebhookDeliveries'

/**
 * Retries after a failed try, with exponential backoff: 30 s, 1, 2, 4, 8 and 16 min (about half an
 * hour in all, seven tries). Payload waits 2^(tries so far) × delay before the next one.
 */
export const DELIVERY_RETRIES = 6
export const DELIVERY_BACKOFF_MS = 30_000
export const DELIVERY_TRIES = DELIVERY_RETRIES + 1

/** Deliveries older than this are deleted by the clean-up task. */
export const DELIVERY_LOG_DAYS = 30
