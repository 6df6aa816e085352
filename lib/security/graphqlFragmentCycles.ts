import { Kind, visit, type DocumentNode } from 'graphql'

import { parsedOrNull } from './graphqlSubscriptions'

/** The names of the fragments that each fragment of the document spreads. */
function spreadsByFragment(document: DocumentNode): Map<string, string[]> {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  return spreads
}

/**
 * Whether a GraphQL query has a fragment that spreads itself, directly or through others. GraphQL's
 * own rule reports such a cycle, but Payload's complexity rule runs beside it and recurses into the
 * cycle until the stack overflows (a 500), so the route refuses these before Payload parses them.
 * A query that does not parse is left to Payload, which answers it with its own 400.
 */
export function hasFragmentCycle(query: string): boolean {
  const document = parsedOrNull(query)
  if (!document) return false
  const spreads = spreadsByFragment(document)
  const done = new Set<string>()
  const onPath = new Set<string>()
  const cyclic = (name: string): boolean => {
    if (onPath.has(name)) return true
    if (done.has(name)) return false
    onPath.add(name)
    const found = (spreads.get(name) ?? []).some(cyclic)
    onPath.delete(name)
    done.add(name)
    return found
  }
  return [...spreads.keys()].some(cyclic)
}
