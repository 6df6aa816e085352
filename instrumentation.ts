/**
 * Runs once when a Next.js server starts (dev, `next start` or the standalone image), before it
 * serves a request: Payload connects, applies pending migrations and, on an empty database, writes
 * the demo content (see payload.config.ts onInit).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config })
}
