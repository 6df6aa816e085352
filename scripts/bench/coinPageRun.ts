/**
 * The coin-page scenario's own process (scripts/bench/coinPage.ts): for the most popular coin and
 * the rarest, each read a coin page makes, warmed up and then timed one call after another. The
 * deep page is the one after following nextCursor COIN_DEEP_PAGES times (or the last page), as
 * 更多新闻 does; its
 * route checks the cursor first (isKnownCoinCursor, uncached), timed as its own row. Prints the
 * report as JSON on the last line.
 */
import type { TFeedCursor } from '@/lib/queries/cursor'
import { loadPayload } from '@/scripts/lib/loadPayload'
import { timeCalls, type TLatencyRow } from './latency'
import { benchCoinsByPopularity, countItems } from './benchCoins'
import type { TCoinPageCoin, TCoinPageReport } from './coinPage'

const COIN_DEEP_PAGES = 5
const locale = 'zh-CN'

const payload = await loadPayload()
const { cursorNamesCoinArticle, findCoinArticlesPage, findCoinFlashes } =
  await import('@/lib/queries/findCoinPage')
const { findRssItems } = await import('@/lib/queries/findSyndication')
const { ZCursorSchema } = await import('@/lib/queries/cursor')

const coins = await benchCoinsByPopularity(payload)
const measured: TCoinPageCoin[] = []
const rows: TLatencyRow[] = []
for (const [label, id] of [
  ['popular', coins[0]!],
  ['rare', coins.at(-1)!],
] as const) {
  const coinId = String(id)
  const coin = await payload.findByID({ collection: 'coins', id, depth: 0, overrideAccess: true })
  const links = async (collection: 'articles' | 'flashes') =>
    (await payload.count({ collection, where: { coins: { in: [id] } }, overrideAccess: true }))
      .totalDocs
  measured.push({
    label,
    marketDataId: coin.marketDataId,
    articleLinks: await links('articles'),
    flashLinks: await links('flashes'),
  })
  // Down to the page after COIN_DEEP_PAGES pages, or the last one a small dataset has.
  let deep: TFeedCursor | null = null
  let pages = 1
  for (; pages <= COIN_DEEP_PAGES; pages++) {
    const next = (
      await findCoinArticlesPage({ payload, locale, coinId, cursor: deep ?? undefined })
    ).nextCursor
    if (!next) break
    deep = ZCursorSchema.parse(next)
  }
  const name = `${label}: `
  rows.push(
    await timeCalls(`${name}articles first page`, () =>
      findCoinArticlesPage({ payload, locale, coinId }),
    ),
  )
  const cursor = deep
  if (cursor)
    rows.push(
      await timeCalls(`${name}articles page ${pages} (cursor)`, () =>
        findCoinArticlesPage({ payload, locale, coinId, cursor }),
      ),
      await timeCalls(`${name}cursor check`, () =>
        cursorNamesCoinArticle(payload, { coinId, cursor, locale }),
      ),
    )
  rows.push(
    await timeCalls(`${name}快讯`, () => findCoinFlashes(payload, coinId, locale)),
    await timeCalls(`${name}RSS`, () => findRssItems({ payload, locale, coinId })),
  )
}

const report: TCoinPageReport = {
  ...(await countItems(payload)),
  coins: coins.length,
  measured,
  rows,
}
await payload.destroy()
console.log(JSON.stringify(report))
process.exit(0)
