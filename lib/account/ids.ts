import { z } from 'zod/mini'

/** Document IDs are numbers on SQLite and strings on MongoDB; the client keeps them as strings. */
export const ZIdSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((id) => String(id)),
)
