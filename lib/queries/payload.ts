import 'server-only'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance of this server process (created once, reused by every request). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
