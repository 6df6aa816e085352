// js-yaml ships no types of its own; the compose tests use load() alone and check its result.
declare module 'js-yaml' {
  export function load(text: string): unknown
}
