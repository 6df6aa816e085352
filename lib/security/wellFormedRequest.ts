import { malformedBodyProblem } from './malformedBody'
import { malformedQueryProblem } from './malformedQuery'

/**
 * A Payload route handler (REST or GraphQL) that first refuses, with a 400 in Payload's error
 * shape, a query string or body Payload's own parsing would fail on with a 500.
 */
export function withWellFormedRequest<TArgs extends unknown[]>(
  handler: (request: Request, ...rest: TArgs) => Promise<Response> | Response,
) {
  return async (request: Request, ...rest: TArgs): Promise<Response> => {
    const problem =
      malformedQueryProblem(new URL(request.url).searchParams) ??
      (await malformedBodyProblem(request))
    if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
    return handler(request, ...rest)
  }
}
