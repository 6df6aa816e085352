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
