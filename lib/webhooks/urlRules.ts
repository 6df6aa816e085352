import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'

import { isPrivateAddress } from './privateAddress'

export const PRIVATE_URL_MESSAGE =
  '不能发送到内网、本机或保留地址 / private, loopback and reserved addresses are not allowed'

const isLocalhostName = (host: string) => host === 'localhost' || host.endsWith('.localhost')

/**
 * The save-time check of a webhook URL: http(s) only, no credentials in it (the signature is how
 * a receiver knows us), and, unless private URLs are allowed, no literal private address or
 * localhost. A name that resolves to a private address is caught when sending (privateSafeLookup).
 */
export function webhookUrlProblem(
  value: unknown,
  allowPrivate: boolean,
  /** When sending, names (localhost included) are judged by what they resolve to instead. */
  { byName = true }: { byName?: boolean } = {},
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return '请输入网址 / a URL is required'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return '网址无效 / invalid URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return '只能是 http(s) 网址 / must be an http(s) URL'
  if (url.username || url.password)
    return '网址中不能含用户名或密码 / no user name or password in the URL'
  if (allowPrivate) return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if ((byName && isLocalhostName(host)) || (isIP(host) !== 0 && isPrivateAddress(host)))
    return PRIVATE_URL_MESSAGE
  return undefined
}

/** Thrown (as a connection error) when a receiver's name resolves to a refused address. */
export class PrivateAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a private or reserved address`)
    this.name = 'PrivateAddressError'
  }
}

/**
 * A `lookup` for node:http that refuses private addresses after DNS resolution, so the address
 * checked is the very address connected to: a name that resolves to 127.0.0.1 now (DNS
 * rebinding) is refused even if it resolved to a public address when the webhook was saved.
 */
export function privateSafeLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const list = addresses as LookupAddress[]
      const refused = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address))
      if (refused) return callback(new PrivateAddressError(hostname, refused.address), '', 0)
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, list)
      const first = list[0]
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0)
      callback(null, first.address, first.family)
    })
  }
}
