import {
  getArgumentValues,
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
} from 'graphql'

import { boundedLimit, MAX_PAGE_SIZE } from './readBounds'

/**
 * The most a query may cost: about 30 fields on each of 100 rows, or a few lists of that size. Ten
 * lists of 100 articles, however thin, are refused.
 */
export const MAX_QUERY_COST = 3000

/** Deeper selections than any client of ours writes; also stops fragment tricks early. */
export const MAX_SELECTION_DEPTH = 12

/** Payload's default page size, read when a list asks for no limit. */
const DEFAULT_ROWS = 10

type TVariables = Record<string, unknown> | null | undefined

/**
 * How many rows a field returns: its `limit`, bounded as readBounds does (a value it would refuse
 * counts as the most), or 1 for a field that takes no limit.
 */
function rowsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: TVariables) {
  if (!field.args.some((argument) => argument.name === 'limit')) return 1
  try {
    const { limit } = getArgumentValues(field, node, variables ?? {})
    return boundedLimit(limit) ?? DEFAULT_ROWS
  } catch {
    return MAX_PAGE_SIZE
  }
}

/** Payload gives relationship, upload and join fields a complexity of their own (10). */
function ownCostOf(field: GraphQLField<unknown, unknown>): number {
  const cost = field.extensions?.complexity
  return typeof cost === 'number' ? cost : 1
}

/**
 * Payload's built-in complexity limit counts fields only, so `Articles(limit: 100)` costs the same
 * as `limit: 1`. This rule multiplies each list's selection by the rows it returns, so the cost
 * follows what the database reads and the answer's size.
 */
export function graphqlRowCostRule(variables: TVariables) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema()

    function costOf(selections: SelectionSetNode, type: GraphQLNamedType, depth: number): number {
      if (depth > MAX_SELECTION_DEPTH) return Number.POSITIVE_INFINITY
      let total = 0
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!isObjectType(type) && !isInterfaceType(type)) continue
          const field = type.getFields()[selection.name.value]
          if (!field) continue // __typename, or an unknown field that another rule reports
          const child = selection.selectionSet
            ? costOf(selection.selectionSet, getNamedType(field.type), depth + 1)
            : 0
          total += rowsOf(field, selection, variables) * (ownCostOf(field) + child)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : type
          if (condition) total += costOf(selection.selectionSet, condition, depth + 1)
        } else {
          total += fragmentCost(selection.name.value, depth + 1)
        }
      }
      return total
    }

    // Each named fragment is costed once, so a fragment spread a thousand times costs a thousand
    // additions, not a thousand walks; a fragment that spreads itself costs infinitely much.
    const fragmentCosts = new Map<string, number>()
    function fragmentCost(name: string, depth: number): number {
      const known = fragmentCosts.get(name)
      if (known !== undefined) return known
      fragmentCosts.set(name, Number.POSITIVE_INFINITY)
      const fragment = context.getFragment(name)
      const type = fragment && schema.getType(fragment.typeCondition.name.value)
      const cost = fragment && type ? costOf(fragment.selectionSet, type, depth) : 0
      fragmentCosts.set(name, cost)
      return cost
    }

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
        if (!root) return
        const cost = costOf(operation.selectionSet, root, 0)
        if (cost > MAX_QUERY_COST)
          context.reportError(
            new GraphQLError(
              Number.isFinite(cost)
                ? `This query would read too much (cost ${cost}, at most ${MAX_QUERY_COST}): ask for fewer rows or fields.`
                : `This query is nested too deeply (at most ${MAX_SELECTION_DEPTH} levels).`,
            ),
          )
      },
    }
  }
}
