/**
 * `npm run seed:large -- --articles 100000 --flashes 100000`: adds generated articles (slugs
 * bulk-<n>-…) and 快讯 until there are that many, with a progress bar and a summary each. Reruns
 * add only the missing ones. `--coins 200` then adds generated coins and spreads the generated
 * items' coin links over all coins (scripts/largeDataset/spreadCoins.ts).
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
const { seedLargeFlashes } = await import('./largeDataset/seedLargeFlashes')
const { createRateProgress } = await import('./largeDataset/progress')
const { spreadCoins } = await import('./largeDataset/spreadCoins')

const progress = (label: string) => (total: number) =>
  createRateProgress(label, total, {
    interactive: Boolean(process.stdout.isTTY),
    write: (text) => process.stdout.write(text),
  })

function report(kind: string, summary: { created: number; existing: number; seconds: number }) {
  const rate = summary.created / Math.max(summary.seconds, 0.001)
  console.log(
    `summary: created ${summary.created} ${kind}, already there ${summary.existing}, ` +
      `${summary.seconds.toFixed(1)} s, ${Math.round(rate)} ${kind}/s`,
  )
}

try {
  if (args.articles !== undefined) {
    const options = { articles: args.articles, batch: args.batch, progress: progress('seed:large') }
    report('articles', await seedLargeArticles(payload, options))
  }
  if (args.flashes !== undefined) {
    const options = {
      flashes: args.flashes,
      batch: args.batch,
      progress: progress('seed:large 快讯'),
    }
    report('flashes', await seedLargeFlashes(payload, options))
  }
  if (args.coins !== undefined) {
    const spread = await spreadCoins(payload, { coins: args.coins })
    console.log(
      `coins: created ${spread.coinsCreated}, ${spread.links} links of ${spread.articles} articles ` +
        `and ${spread.flashes} 快讯 drawn over ${spread.coins} coins, ${spread.seconds.toFixed(1)} s`,
    )
  }
  // The generator writes through the adapter, around the hooks that keep the search index.
  const { rebuildSearchIndex } = await import('@/lib/search/rebuild')
  const started = performance.now()
  const counts = await rebuildSearchIndex(payload)
  console.log(
    `search index: ${counts.rows} rows for ${counts.article} articles and ${counts.flash} 快讯, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
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
