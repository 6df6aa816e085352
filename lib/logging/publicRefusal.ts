import { z } from 'zod'

/** A refusal meant for the client: Payload's APIError or ValidationError, read by shape. */
const ZPublicRefusalSchema = z.object({
  status: z.number().int().min(400).max(499),
  isPublic: z.literal(true),
  message: z.string(),
  data: z
    .object({ errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() })
    .nullish(),
})

export type TRefusalAnswer = {
  status: number
  response: { errors: Array<Record<string, unknown>> }
}

/**
 * Payload formats an error by `instanceof` its own error classes. In the production build the
 * classes a collection hook imports can be another copy (Next bundles each layer apart while the
 * Payload instance is shared), so a refusal thrown by one of our hooks (the password policy, a
 * duplicate bookmark, an unsafe link) lost its message and field errors: "An unknown error
 * occurred." or only "The following field is invalid: article". This gives the answer Payload
 * would give, in its usual shape, which is what the portal's forms read. Anything else: undefined.
 */
export function publicRefusalAnswer(error: unknown): TRefusalAnswer | undefined {
  const refusal = ZPublicRefusalSchema.safeParse(error)
  if (!refusal.success) return undefined
  const { status, message, data } = refusal.data
  const item = data?.errors
    ? { name: 'ValidationError', message, data: { errors: data.errors } }
    : { message }
  return { status, response: { errors: [item] } }
}
