import { createHmac } from 'node:crypto'

export const SIGNATURE_HEADER = 'X-Newsroom-Signature'

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the webhook's secret. */
export function signatureOf(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}
