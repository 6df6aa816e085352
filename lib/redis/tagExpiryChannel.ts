import { z } from 'zod'

/** The pub/sub channel on which every app instance announces the cache tags it expired. */
export const TAG_EXPIRY_CHANNEL = 'newsroom:tags-expired'

export type TTagExpiryNotice = { from: string; tags: string[] }

/** Anyone who can reach Redis can publish here: what arrives is checked before it is acted on. */
const ZTagExpiryNotice = z.strictObject({
  from: z.string().min(1).max(100),
  tags: z.array(z.string().min(1).max(512)).min(1).max(1000),
})

export const encodeTagExpiry = (notice: TTagExpiryNotice): string => JSON.stringify(notice)

/** The notice, or null for anything else published on the channel. */
export function decodeTagExpiry(message: string): TTagExpiryNotice | null {
  try {
    const parsed = ZTagExpiryNotice.safeParse(JSON.parse(message))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
