import os from 'node:os'

type TInterfaces = ReturnType<typeof os.networkInterfaces>

/**
 * The host names a developer opens `next dev` at: localhost, loopback addresses, and this
 * machine's network addresses (Next prints one as "Network:" for opening the site on a phone).
 */
export function devHostnames(interfaces: TInterfaces = os.networkInterfaces()): string[] {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]'])
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) hosts.add(address.address)
    }
  }
  return [...hosts]
}

/**
 * The origins whose requests may carry the login cookie (Payload's `csrf` list). Production
 * accepts SITE_URL only. Development also accepts the dev server's own origins on the port it
 * runs on, so `npm run dev -- -p 3100` or a phone on the network can log in and save without
 * setting SITE_URL.
 */
export function loginCookieOrigins(options: {
  siteUrl: string
  development: boolean
  port: string | undefined
  hostnames?: string[]
}): string[] {
  const origins = new Set([new URL(options.siteUrl).origin])
  if (!options.development) return [...origins]
  const port = options.port || '3000'
  for (const host of options.hostnames ?? devHostnames()) origins.add(`http://${host}:${port}`)
  return [...origins]
}
