import { lexicalFromBlocks } from '@/lib/seed/lexical'

export type TLatencySummary = { medianMs: number; maxMs: number; samplesMs: number[] }

type TOptions = {
  /** The app itself: where the API is called. */
  origin: string
  /**
   * The app's SITE_URL, sent as the publish's Origin header: Payload accepts the editor's cookie
   * only from there (CSRF). Default: `origin`.
   */
  siteUrl?: string
  /** Where readers read: the app, or nginx in front of it. */
  readBase: string
  editorCookie: string
  trials: number
}

const POLL_MS = 20

async function shows(url: string, text: string): Promise<boolean> {
  const response = await fetch(url, { cache: 'no-store' }).catch(() => undefined)
  return Boolean(response?.ok && (await response.text()).includes(text))
}

export function summarize(samplesMs: number[]): TLatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  return {
    medianMs: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN,
    maxMs: sorted[sorted.length - 1] ?? NaN,
    samplesMs,
  }
}

/** The coin the benchmark's stories are linked to: the most linked one, so its page is the busiest. */
const BENCH_COIN = 'bitcoin'

/**
 * Publish through the API a story linked to a coin, then poll the feed, the new article's page and
 * the coin's page (as readers get them) until all three show it. Measured from the moment the
 * publish request is sent. Each story is deleted afterwards, so reruns leave the dataset as it was.
 */
export async function measurePublishToVisible(options: TOptions): Promise<TLatencySummary> {
  const api = (path: string, init: RequestInit) =>
    fetch(`${options.origin}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        cookie: options.editorCookie,
        origin: options.siteUrl ?? options.origin,
      },
    })
  const coins = await api(`/api/coins?where[marketDataId][equals]=${BENCH_COIN}&limit=1&depth=0`, {
    method: 'GET',
  })
  const coin = ((await coins.json()) as { docs?: { id: number | string }[] }).docs?.[0]
  if (!coin) throw new Error(`the dataset has no coin ${BENCH_COIN}`)
  const coinPage = `${options.readBase}/coins/${BENCH_COIN}`
  const samples: number[] = []
  for (let trial = 0; trial < options.trials; trial++) {
    const title = `基准测试快讯 bench-${Date.now()}-${trial}`
    // The feed and the coin page must be cached copies that the publish has to replace.
    for (const url of [`${options.readBase}/`, coinPage]) {
      await fetch(url)
      await fetch(url)
    }
    const started = performance.now()
    const created = await api('/api/articles', {
      method: 'POST',
      body: JSON.stringify({
        title,
        summary: '基准测试写入的快讯，测量发布到可见的时间。',
        body: lexicalFromBlocks([{ type: 'p', text: '基准测试正文。' }]),
        coins: [coin.id],
        _status: 'published',
      }),
    })
    if (created.status !== 201)
      throw new Error(`publish failed: ${created.status} ${await created.text()}`)
    const { doc } = (await created.json()) as { doc: { id: number | string; slug: string } }
    try {
      const urls = [`${options.readBase}/`, `${options.readBase}/articles/${doc.slug}`, coinPage]
      const seen = urls.map(() => false)
      while (!seen.every(Boolean)) {
        if (performance.now() - started > 30_000)
          throw new Error(`"${title}" not visible after 30 s`)
        const now = await Promise.all(urls.map((url, i) => seen[i] || shows(url, title)))
        now.forEach((shown, i) => (seen[i] = shown))
        if (!seen.every(Boolean)) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      samples.push(Math.round(performance.now() - started))
    } finally {
      await api(`/api/articles/${doc.id}`, { method: 'DELETE' })
    }
    await new Promise((resolve) => setTimeout(resolve, 1500))
  }
  return summarize(samples)
}
