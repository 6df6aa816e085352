import { APIError, NotFound, type CollectionBeforeOperationHook } from 'payload'

import { isStaff, userOf } from '@/collections/access'
import { documentId } from '@/lib/db/documentId'
import { databaseKind } from '@/lib/db/kind'
import { boundReadArgs, ReadBoundError, VISITOR_MAX_DEPTH, type TReadArgs } from './readBounds'
import { whereValueProblem } from './whereValues'

type TOperationArgs = TReadArgs & {
  id?: unknown
  duplicateFromID?: unknown
  where?: unknown
  data?: unknown
}

/**
 * An id that no document of this database can have (`abc`, `-1`, `1e309`, 30 digits; a number on
 * MongoDB) is a plain 404 for every operation, REST, GraphQL or local, instead of reaching the
 * adapter, where SQLite fails on NaN and Infinity with a 500.
 */
function refuseImpossibleIds(
  args: TOperationArgs,
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
) {
  for (const key of ['id', 'duplicateFromID'] as const) {
    const id = args[key]
    if (id === undefined || id === null) continue
    const possible =
      (typeof id === 'number' || typeof id === 'string') && documentId(id, req.payload) !== null
    if (!possible) throw new NotFound(req.t)
  }
}

/**
 * A create or update from outside whose body is no JSON object (a string, a list, or a body in a
 * content type Payload does not read, which leaves no data at all) would reach the field hooks,
 * which fail on it with a 500.
 */
function refuseDataThatIsNoObject(operation: string, args: TOperationArgs) {
  if (operation !== 'create' && operation !== 'update') return
  const { data } = args
  if (data && typeof data === 'object' && !Array.isArray(data)) return
  throw new APIError(
    '请求体须为 JSON 对象 / the body must be a JSON object of the document’s fields',
    400,
    undefined,
    true,
  )
}

/**
 * Every collection's first beforeOperation hook (see boundEveryCollection): impossible ids answer
 * 404, and requests from outside (REST, GraphQL) read bounded pages and may not put a value in
 * their `where` that the database cannot take (a 400 naming it). The server's own Local API
 * calls keep their limits: seeds, sitemaps and jobs read what they need on purpose.
 */
export const boundReadsHook: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const operationArgs = args as TOperationArgs
  refuseImpossibleIds(operationArgs, req)
  if (req.payloadAPI === 'local') return args
  refuseDataThatIsNoObject(operation, operationArgs)
  const whereProblem = whereValueProblem(operationArgs.where, {
    fields: collection.flattenedFields,
    database: databaseKind(req.payload),
  })
  if (whereProblem) throw new APIError(whereProblem, 400, undefined, true)
  const maxDepth = isStaff(userOf(req)) ? req.payload.config.maxDepth : VISITOR_MAX_DEPTH
  try {
    return boundReadArgs(operationArgs, { maxDepth }) as typeof args
  } catch (error) {
    if (error instanceof ReadBoundError) throw new APIError(error.message, 400, undefined, true)
    throw error
  }
}
