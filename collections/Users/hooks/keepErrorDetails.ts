import type { CollectionAfterErrorHook } from 'payload'
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

/**
 * Payload formats an error by `instanceof` its own error classes. In the production build the
 * classes a hook of this collection imports can be another copy (Next bundles each layer apart
 * while the Payload instance is shared), so a refusal thrown here (the password policy, the closed
 * first-register) lost its message and field errors: "An unknown error occurred.". This answers
 * with them in Payload's usual shape, which is what the register form reads.
 */
export const keepErrorDetails: CollectionAfterErrorHook = ({ error }) => {
  const refusal = ZPublicRefusalSchema.safeParse(error)
  if (!refusal.success) return
  const { status, message, data } = refusal.data
  const item = data?.errors
    ? { name: 'ValidationError', message, data: { errors: data.errors } }
    : { message }
  return { status, response: { errors: [item] } }
}
