import { register } from 'node:module'
import type { Payload } from 'payload'

let hooksRegistered = false

/**
 * Payload for a CLI script (`npm run seed`, `seed:large`, `market:refresh`, `db:plans`). Use this instead of
 * importing payload.config yourself, and import nothing that reaches lexical before calling it.
 *
 * Why: on Node 20 a plain `await import('../payload.config')` sometimes never settled (about 1 run
 * in 5 on a busy machine): Node exits with code 13 and prints nothing, or hangs if a timer is
 * alive. The config reaches lexical through @payloadcms/richtext-lexical, and with Node's default
 * conditions every lexical package resolves to a `*.node.mjs` file that only re-exports
 * `await import('./X.dev.mjs' or './X.prod.mjs')`: 13 modules with top-level await, each finishing
 * through a dynamically imported graph of its own while the config's graph waits for them. V8 11.3
 * (Node 20) numbers modules in async evaluation with a counter that it resets whenever the module
 * holding the last number finishes, even if modules of another graph are still pending; later
 * modules then reuse their numbers. The modules that become ready when an async module finishes
 * are collected in a set keyed by that number, so of two with the same number one is dropped and
 * never runs, and neither does anything importing it (in our traces: richtext-lexical's
 * LinkNode.js, up to the config). V8: Isolate::DidFinishModuleAsyncEvaluation and
 * SourceTextModule::GatherAsyncParentCompletions. Whether it happens depends on how module loading
 * (tsx's loader thread) interleaves with evaluation, hence the randomness.
 *
 * Lexical's exports also offer `development` / `production` conditions that point straight at
 * those builds. Resolving lexical with the one its `*.node.mjs` would pick (by NODE_ENV, see
 * lexicalBuildHooks.mjs) leaves no module with top-level await in the graph, so the race cannot
 * happen. This must be registered before anything resolves lexical, hence the dynamic imports.
 */
export async function loadPayload(): Promise<Payload> {
  if (!hooksRegistered) {
    register(new URL('./lexicalBuildHooks.mjs', import.meta.url), {
      data: { condition: process.env.NODE_ENV === 'production' ? 'production' : 'development' },
    })
    hooksRegistered = true
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  return getPayload({ config })
}
