import { z } from 'zod'

import { EnvError, wholeNumberVariable } from '@/lib/env'

const ZListenAddress = z.object({
  PORT: wholeNumberVariable('3000', 1, 65_535, 'must be a port number from 1 to 65535'),
  // Next's standalone server uses the same variable; the Docker image sets it to 0.0.0.0.
  HOSTNAME: z.string().trim().min(1).default('0.0.0.0'),
})

export type TListenAddress = { port: number; hostname: string }

/** Where server.ts listens; a bad PORT is a one-line error, as for every other variable. */
export function parseListenAddress(source: Record<string, string | undefined>): TListenAddress {
  const result = ZListenAddress.safeParse({
    PORT: source.PORT || undefined,
    HOSTNAME: source.HOSTNAME || undefined,
  })
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new EnvError(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`)
  }
  return { port: result.data.PORT, hostname: result.data.HOSTNAME }
}
