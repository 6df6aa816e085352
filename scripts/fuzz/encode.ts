/**
 * How a bad text goes into a URL or a header. Node sends what it is given byte for byte (latin1)
 * as long as there is no space or control character, so a path can carry raw `..`, broken
 * escapes and bytes that are not UTF-8.
 */
import { pick, type TRandom } from '@/scripts/largeDataset/random'

import { BAD_ESCAPES, RAW_HIGH_BYTES } from './values'

const UNRESERVED = /[A-Za-z0-9\-._~]/

/** Percent-encodes the UTF-8 bytes of `text`, keeping `keep` (a lone surrogate becomes U+FFFD). */
function percentEncode(text: string, keep: RegExp): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte)
    out +=
      byte < 0x80 && keep.test(char) ? char : `%${byte.toString(16).padStart(2, '0').toUpperCase()}`
  }
  return out
}

/** The UTF-8 bytes of `text` as latin1 characters, so Node sends them unescaped. */
const rawBytes = (text: string, keep: RegExp) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      byte >= 0x80 || keep.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).padStart(2, '0')}`,
    )
    .join('')

/** Printable ASCII other than space (and, in a query value, other than `&`, `#` and `=`). */
const PATH_SAFE = /[!-~]/
const QUERY_SAFE = /[!"$%'-;<>-~]/

/** `text` as a path segment or query value, in one of several encodings, some of them invalid. */
export function urlPart(random: TRandom, text: string, where: 'path' | 'query'): string {
  const keep = where === 'path' ? PATH_SAFE : QUERY_SAFE
  const draw = random()
  if (draw < 0.4) return percentEncode(text, UNRESERVED)
  if (draw < 0.7) return percentEncode(text, keep)
  if (draw < 0.85) return `${percentEncode(text, UNRESERVED)}${pick(random, BAD_ESCAPES)}`
  return `${rawBytes(text, keep)}${pick(random, RAW_HIGH_BYTES)}`
}

/** `text` as a header value Node will send: UTF-8 bytes as latin1, control characters replaced. */
export const headerValue = (text: string): string =>
  Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/[^\t\x20-\x7e\x80-\xff]/g, '?')
    .slice(0, 4000)
