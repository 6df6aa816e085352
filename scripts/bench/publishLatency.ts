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

/**
 * Publish through the API, then poll the feed and the new article's page (as readers get them)
 * until both show the story. Measured from the moment the publish request is sent. Each story is
 * deleted afterwards, so reruns leave the dataset as it was.
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
  const samples: number[] = []
  for (let trial = 0; trial < options.trials; trial++) {
    const title = `基准测试快讯 bench-${Date.now()}-${trial}`
    // The feed must be a cached copy that the publish has to replace.
    await fetch(`${options.readBase}/`)
    await fetch(`${options.readBase}/`)
    const started = performance.now()
    const created = await api('/api/articles', {
      method: 'POST',
      body: JSON.stringify({
        title,
        summary: '基准测试写入的快讯，测量发布到可见的时间。',
        body: lexicalFromBlocks([{ type: 'p', text: '基准测试正文。' }]),
        _status: 'published',
      }),
    })
    if (created.status !== 201)
      throw new Error(`publish failed: ${created.status} ${await created.text()}`)
    const { doc } = (await created.json()) as { doc: { id: number | string; slug: string } }
    try {
      let feedSeen = false
      let pageSeen = false
      while (!(feedSeen && pageSeen)) {
        if (performance.now() - started > 30_000)
          throw new Error(`"${title}" not visible after 30 s`)
        ;[feedSeen, pageSeen] = await Promise.all([
          feedSeen || shows(`${options.readBase}/`, title),
          pageSeen || shows(`${options.readBase}/articles/${doc.slug}`, title),
        ])
        if (!(feedSeen && pageSeen)) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      samples.push(Math.round(performance.now() - started))
    } finally {
      await api(`/api/articles/${doc.id}`, { method: 'DELETE' })
    }
    await new Promise((resolve) => setTimeout(resolve, 1500))
  }
  return summarize(samples)
}
