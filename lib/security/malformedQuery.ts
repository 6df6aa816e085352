/**
 * Payload's REST routes read `where` and `data` in the query string as JSON when they are given
 * whole (`?where={"title":{"equals":"x"}}`) and fail with a 500 when that text is not JSON.
 */
import { isJson } from './malformedBody'

const JSON_PARAMETERS = ['where', 'data']

/** Why the query string cannot be read, or null. */
export function malformedQueryProblem(searchParams: URLSearchParams): string | null {
  for (const name of JSON_PARAMETERS) {
    if (searchParams.getAll(name).some((value) => value && !isJson(value))) {
      return `${name} 须为 JSON 或 ${name}[字段][条件]=值 / ${name} must be JSON or ${name}[field][operator]=value`
    }
  }
  return null
}
