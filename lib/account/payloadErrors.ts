import { z } from 'zod/mini'

/** Payload's error body: `{ errors: [{ message, data?: { errors?: [{ path, message }] } }] }`. */
const ZPayloadErrorBodySchema = z.object({
  errors: z.array(
    z.object({
      message: z.optional(z.string()),
      data: z.optional(
        z.nullable(
          z.object({
            errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
          }),
        ),
      ),
    }),
  ),
})

export type TPayloadErrors = { message: string | null; fields: { path: string; message: string }[] }

/** The first error's message and its field errors; empty when the body is not Payload's shape. */
export function readPayloadErrors(body: unknown): TPayloadErrors {
  const parsed = ZPayloadErrorBodySchema.safeParse(body)
  const first = parsed.success ? parsed.data.errors[0] : undefined
  return { message: first?.message ?? null, fields: first?.data?.errors ?? [] }
}

/**
 * Payload's APIError as thrown by its Local API: its HTTP status and, for a ValidationError, the
 * field errors. Read by shape, not `instanceof`: Next bundles the server actions apart from the
 * module graph that made the cached Payload instance, so its error classes are other copies.
 */
const ZThrownPayloadErrorSchema = z.object({
  status: z.number(),
  data: z.optional(
    z.nullable(
      z.object({
        errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
      }),
    ),
  ),
})

export type TThrownPayloadError = { status: number; fields: { path: string; message: string }[] }

/** The status and field errors of an error Payload threw; null for anything else. */
export function thrownPayloadError(error: unknown): TThrownPayloadError | null {
  const parsed = ZThrownPayloadErrorSchema.safeParse(error)
  if (!parsed.success) return null
  return { status: parsed.data.status, fields: parsed.data.data?.errors ?? [] }
}
