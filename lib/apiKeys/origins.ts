/**
 * An allowed origin as browsers send it in `Origin`: scheme, host and port only, lower case, no
 * path or trailing slash (`https://app.example`, `http://localhost:5173`).
 */
export const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/

export function validateOrigins(value: unknown): true | string {
  if (value === null || value === undefined) return true
  if (!Array.isArray(value)) return '来源格式不对 / origins must be a list'
  const bad = value.find((origin) => typeof origin !== 'string' || !ORIGIN_PATTERN.test(origin))
  return bad === undefined
    ? true
    : `不是有效的来源: ${String(bad)}（格式如 https://app.example）/ not an origin: ${String(bad)} (like https://app.example)`
}
