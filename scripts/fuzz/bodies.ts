/** Body encodings, well formed or not: JSON, url-encoded and multipart forms. */
import type { TRandom } from '@/scripts/largeDataset/random'
import { pick } from '@/scripts/largeDataset/random'

export type TBody = { contentType: string | null; bytes: Buffer }

/** Text that a JSON parser refuses, or accepts as something no endpoint expects. */
export const BROKEN_JSON: readonly string[] = [
  '{',
  '}',
  '{"a":',
  '{"a" 1}',
  '[1,2',
  '{"a":1,}',
  "{'a':1}",
  '{a:1}',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":1e999999}',
  '{"a":"\\x41"}',
  '{"a":"\\ud800"}',
  '{"a":"unterminated}',
  '\ufeff{"a":1}',
  '{"a":1}{"b":2}',
  '{"a":1} trailing',
  '{"__proto__":[]',
  '\u0000',
  '',
  ' ',
  'null',
  '"just a string"',
  '123',
  'true',
  '[]',
  'undefined',
  '<xml/>',
  'a=1&b=2',
  '['.repeat(5000),
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
  `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
  `{"a":"${'\\u0000'.repeat(2000)}"}`,
]

const JSON_CONTENT_TYPES: readonly (string | null)[] = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/JSON',
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'application/json; boundary=x',
  'application/csp-report',
  'application/merge-patch+json',
  ';;;',
  null,
]

export function jsonBody(value: unknown, contentType = 'application/json'): TBody {
  return { contentType, bytes: Buffer.from(JSON.stringify(value) ?? 'null') }
}

/** A broken JSON text, under a content type that says JSON, or something else, or nothing. */
export function brokenJsonBody(random: TRandom): TBody {
  const contentType = random() < 0.6 ? 'application/json' : pick(random, JSON_CONTENT_TYPES)
  return { contentType, bytes: Buffer.from(pick(random, BROKEN_JSON)) }
}

/** Any body under a content type drawn at random (the type and the body disagree). */
export const withAnyContentType = (random: TRandom, body: TBody): TBody => ({
  ...body,
  contentType: pick(random, JSON_CONTENT_TYPES),
})

export function urlEncodedBody(fields: [string, string][]): TBody {
  return {
    contentType: 'application/x-www-form-urlencoded',
    bytes: Buffer.from(new URLSearchParams(fields).toString()),
  }
}

export type TMultipartOptions = {
  /** A boundary that differs from the one in the header, a missing one, a truncated body… */
  breakage?:
    'none' | 'wrongBoundary' | 'noBoundaryParameter' | 'truncated' | 'noFinalBoundary' | 'garbage'
  /** Adds a file part, as an upload form would. */
  file?: { name: string; filename: string; type: string; bytes: Buffer }
}

export const MULTIPART_BREAKAGES = [
  'none',
  'wrongBoundary',
  'noBoundaryParameter',
  'truncated',
  'noFinalBoundary',
  'garbage',
] as const

/** A multipart/form-data body, correct or broken on purpose. */
export function multipartBody(
  fields: [string, string][],
  { breakage = 'none', file }: TMultipartOptions = {},
): TBody {
  const boundary = '----fuzzboundary7MA4YWxkTrZu0gW'
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  const chunks: Buffer[] = [Buffer.from(parts.join(''))]
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    )
  }
  const end = breakage === 'noFinalBoundary' ? '' : `--${boundary}--\r\n`
  let bytes = Buffer.concat([...chunks, Buffer.from(end)])
  if (breakage === 'truncated') bytes = bytes.subarray(0, Math.floor(bytes.length / 2))
  if (breakage === 'garbage') bytes = Buffer.from(`--${boundary}\r\n\r\n\r\n--\r\n--${boundary}`)
  const contentType =
    breakage === 'noBoundaryParameter'
      ? 'multipart/form-data'
      : breakage === 'wrongBoundary'
        ? 'multipart/form-data; boundary=another'
        : `multipart/form-data; boundary=${boundary}`
  return { contentType, bytes }
}
