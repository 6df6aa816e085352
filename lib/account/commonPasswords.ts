import { dictionary } from '@zxcvbn-ts/language-common'

let known: ReadonlySet<string> | undefined

/**
 * Whether `password` is on zxcvbn-ts's list of common passwords (about 49,000 from leaked password
 * sets, a superset of the usual top 10,000), ignoring case: `Password123` is as guessable as
 * `password123`. The list is read once, on the first check, and only on the server.
 */
export function isCommonPassword(password: string): boolean {
  known ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))
  return known.has(password.toLowerCase())
}
