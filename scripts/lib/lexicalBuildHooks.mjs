/**
 * Node module-resolution hooks registered by scripts/lib/loadPayload.ts (see there for why): `lexical`
 * and `@lexical/*` resolve through lexical's own `development` / `production` export condition, to
 * their plain builds, instead of the `*.node.mjs` entry points that choose a build with a top-level
 * `await import()`.
 */

let condition = 'development'

/** @param {{ condition: 'development' | 'production' }} data */
export function initialize(data) {
  condition = data.condition
}

/** @type {import('node:module').ResolveHook} */
export function resolve(specifier, context, nextResolve) {
  if (specifier === 'lexical' || specifier.startsWith('@lexical/')) {
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, condition] })
  }
  return nextResolve(specifier, context)
}
