import proxyaddr from 'proxy-addr'

export type TTrustProxy = (address: string, hop: number) => boolean

const trustNone: TTrustProxy = () => false

/**
 * TRUSTED_PROXIES as proxy-addr reads it: comma-separated addresses or CIDR ranges, or the names
 * `loopback`, `linklocal` and `uniquelocal`. Empty means no proxy is trusted, so X-Forwarded-For
 * is ignored and every client is the address its connection comes from. Throws a TypeError naming
 * the entry it cannot read.
 */
export function compileTrustedProxies(setting: string | undefined): TTrustProxy {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.length ? proxyaddr.compile(entries) : trustNone
}
