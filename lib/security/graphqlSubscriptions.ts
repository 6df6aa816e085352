import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql'

/** The document, or null when it does not parse (Payload answers that with its own 400). */
export function parsedOrNull(query: string): DocumentNode | null {
  try {
    return parse(query)
  } catch {
    return null
  }
}

/**
 * Whether a GraphQL query asks for a subscription. Payload's schema has none, and GraphQL's own
 * rule says so, but Payload's complexity rule runs beside it, looks up the schema's subscription
 * type and fails on its absence (a 500), so the route refuses these before Payload sees them.
 */
export function hasSubscription(query: string): boolean {
  return (
    parsedOrNull(query)?.definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.SUBSCRIPTION,
    ) ?? false
  )
}
