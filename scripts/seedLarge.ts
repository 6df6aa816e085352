/**
 * `npm run seed:large -- --articles 100000`: adds generated articles (slugs bulk-<n>-…) until there
 * are that many, with a progress bar and a summary. Reruns add only the missing ones.
 */
import { loadPayload } from './lib/loadPayload'
import { flagsOrExit } from './lib/parseFlags'
import { parseSeedLargeArgs, SEED_LARGE_USAGE } from './largeDataset/args'

const args = flagsOrExit(parseSeedLargeArgs(process.argv.slice(2)), {
  help: SEED_LARGE_USAGE,
  afterError: ' (usage: npm run seed:large -- --help)',
})

// SEED_ON_EMPTY is left as configured: on a fresh database Payload's onInit migrates and writes the
// demo tags and coins this generator needs, so one command works from nothing.
const payload = await loadPayload()
const { seedLargeArticles } = await import('./largeDataset/seedLarge')
const { createRateProgress } = await import('./largeDataset/progress')

try {
  const summary = await seedLargeArticles(payload, {
    articles: args.articles,
    batch: args.batch,
    progress: (total) =>
      createRateProgress('seed:large', total, {
        interactive: Boolean(process.stdout.isTTY),
        write: (text) => process.stdout.write(text),
      }),
  })
  const rate = summary.created / Math.max(summary.seconds, 0.001)
  console.log(
    `summary: created ${summary.created}, already there ${summary.existing}, ` +
      `${summary.seconds.toFixed(1)} s, ${Math.round(rate)} articles/s`,
  )
} catch (error) {
  // Drizzle puts the whole failed statement in the message; its cause names the real problem.
  const { message, cause } = error as Error & { cause?: Error }
  console.error(`✖ ${(cause?.message ?? message).slice(0, 500)}`)
  await payload.destroy()
  process.exit(1)
}
await payload.destroy()
process.exit(0)
