import { z } from 'zod/mini'

/** Document IDs are numbers on SQLite and strings on MongoDB; the client keeps them as strings. */
export const ZIdSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((id) => String(id)),
)

/**
 * The ID as Payload's relationship validation wants it in a request body: a number on SQLite
 * (`"12"` is refused there), a string on MongoDB. ObjectIds are 24 characters, so a short run of
 * digits can only be a numeric ID.
 */
export function toDocumentId(id: string): string | number {
  return /^\d{1,15}$/.test(id) ? Number(id) : id
}
