import { chromium, type Page } from 'playwright-core'

import { CHROMIUM_FLAGS, chromiumPath } from '@/scripts/lib/chromium'
import { titleTopics } from '@/scripts/largeDataset/vocabulary'

/** One admin list view: how long until its rows show, and what the browser downloaded for it. */
export type TAdminListRow = {
  name: string
  /** Median of the measured loads (each after one unmeasured warm-up load). */
  openMs: number
  /** Every measured load, in order. */
  runsMs: number[]
  /** Articles the list says matched (Payload's "1-10 / N" page info), when shown. */
  matched: string | null
  /** Bytes over the wire for a repeat load (compressed; scripts and styles in the browser's cache). */
  transferredBytes: number
  /** The HTML document alone, compressed. */
  documentBytes: number
}

export type TAdminListReport = {
  /** The first view opened with an empty browser cache: everything the admin downloads. */
  firstVisitBytes: number
  rows: TAdminListRow[]
}

const RUNS = 3
const ROWS_OR_EMPTY = '.table tbody tr, .collection-list__no-results'

type TListView = { name: string; query: string }

/** The views an editor opens all day: the list, a title search, and the three filters. */
function listViews(sample: { tagId: string; authorId: string; title: string }): TListView[] {
  return [
    { name: 'articles list', query: '' },
    { name: `search "${titleTopics[0]}"`, query: `?search=${encodeURIComponent(titleTopics[0])}` },
    { name: 'search one title', query: `?search=${encodeURIComponent(sample.title)}` },
    { name: 'filter by tag', query: `?where[tags][in][0]=${sample.tagId}` },
    { name: 'filter status draft', query: '?where[_status][equals]=draft' },
    { name: 'filter by author', query: `?where[authors][in]=${sample.authorId}` },
  ]
}

async function openList(page: Page, url: string) {
  let transferredBytes = 0
  let documentBytes = 0
  const counted: Promise<void>[] = []
  const onFinished = (request: import('playwright-core').Request) => {
    counted.push(
      request.sizes().then((sizes) => {
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize
        transferredBytes += bytes
        if (request.resourceType() === 'document') documentBytes += bytes
      }),
    )
  }
  page.on('requestfinished', onFinished)
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator(ROWS_OR_EMPTY).first().waitFor({ timeout: 60_000 })
  const openMs = Math.round(performance.now() - started)
  await page.waitForLoadState('networkidle')
  page.off('requestfinished', onFinished)
  await Promise.all(counted)
  const matched = await page
    .locator('.page-controls__page-info')
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null)
  return { openMs, transferredBytes, documentBytes, matched: matched?.trim() ?? null }
}

/**
 * The admin's articles list on the bench dataset, opened in Chromium as the demo editor: the
 * default view, searching by title and filtering by tag, status and author (Payload renders each
 * on the server). Time is from navigation to the first row (or "no results") on screen.
 */
export async function measureAdminList(options: {
  /** Where the browser opens the admin: the site's public origin, as an editor would. */
  origin: string
  editorCookie: string
}): Promise<TAdminListReport> {
  const { origin, editorCookie } = options
  const read = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${origin}${path}`, { headers: { cookie: editorCookie, origin } })
    if (!response.ok) throw new Error(`admin list sample: GET ${path} answered ${response.status}`)
    return (await response.json()) as T
  }
  type TDocs<T> = { docs: T[] }
  const [newest, tags, me] = await Promise.all([
    read<TDocs<{ title: string }>>('/api/articles?limit=1&depth=0&sort=-updatedAt'),
    read<TDocs<{ id: number | string }>>('/api/tags?limit=1&depth=0&where[slug][equals]=defi'),
    read<{ user: { id: number | string } | null }>('/api/users/me'),
  ])
  // The generated articles have no author: the editor's own (demo) articles are the filter.
  const sample = { title: newest.docs[0]?.title, tagId: tags.docs[0]?.id, authorId: me.user?.id }
  if (!sample.title || sample.tagId === undefined || sample.authorId === undefined)
    throw new Error('the bench dataset lacks an article, the tag defi or the editor to filter by')
  const [name, value] = editorCookie.split(/=(.*)/s)
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.addCookies([{ name: name!, value: value!, url: origin }])
    const page = await context.newPage()
    const rows: TAdminListRow[] = []
    let firstVisitBytes = 0
    const views = listViews({
      tagId: String(sample.tagId),
      authorId: String(sample.authorId),
      title: sample.title,
    })
    for (const view of views) {
      const url = `${origin}/admin/collections/articles${view.query}`
      const warmUp = await openList(page, url)
      firstVisitBytes ||= warmUp.transferredBytes
      const runs = []
      for (let run = 0; run < RUNS; run++) runs.push(await openList(page, url))
      const sorted = runs.map((run) => run.openMs).sort((a, b) => a - b)
      const last = runs[runs.length - 1]!
      rows.push({
        name: view.name,
        openMs: sorted[Math.floor(sorted.length / 2)]!,
        runsMs: runs.map((run) => run.openMs),
        matched: last.matched,
        transferredBytes: last.transferredBytes,
        documentBytes: last.documentBytes,
      })
    }
    return { firstVisitBytes, rows }
  } finally {
    await browser.close()
  }
}

export function adminListLines(report: TAdminListReport): string[] {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`.padStart(10)
  return [
    `admin, first visit with an empty browser cache: ${kib(report.firstVisitBytes).trim()} transferred`,
    `${'admin articles list (editor, Chromium)'.padEnd(40)}${'open ms'.padStart(9)}${'transfer'.padStart(10)}${'document'.padStart(10)}  runs / matched`,
    ...report.rows.map(
      (row) =>
        `${row.name.padEnd(40)}${String(row.openMs).padStart(9)}${kib(row.transferredBytes)}${kib(row.documentBytes)}  ${row.runsMs.join(' ')} / ${row.matched ?? '-'}`,
    ),
  ]
}
