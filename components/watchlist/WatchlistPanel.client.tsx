'use client'

import { PageLink } from '@/components/portal/PageLink'
import dynamic from 'next/dynamic'
import { useId, useState } from 'react'

import { SampleDataLabel } from '@/components/market/MarketBadges'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TPanelText } from './coinTable'
import { PanelTable } from './PanelTable'
import { SIDEBAR_ROWS } from './panelResponse'
import { usePanelData } from './usePanelData'
import { useLoginHref } from './useLoginHref'
import styles from './WatchlistPanel.module.css'

/** Below this many coins of their own, the panel asks the reader to add some. */
const SHORT_LIST = 5

/** The 自选资讯 tab shows the newest few; the rest are on /watchlist/news. */
const NEWS_ROWS = 6

/**
 * Loaded when the tab is first opened: its answer is checked with zod, which the panel (on every
 * feed and article page) should not put into the page's first scripts.
 */
const WatchlistNews = dynamic(
  () => import('./WatchlistNews.client').then((module) => module.WatchlistNews),
  { ssr: false },
)

type TTab = 'coins' | 'news'

/**
 * 我的自选 in the sidebar of feed and article pages. Its data is personal, so the browser loads it
 * (GET /api/watchlists/panel) and the page HTML stays the same for everyone. A failure shows a
 * short notice inside the panel; it never throws into the page. On phones the block is collapsed
 * behind a button; on wider screens it is an always-open card (the CSS decides, so the server
 * and the browser render the same markup).
 */
export function WatchlistPanel({
  text,
  newsText,
  timeZone,
  locale,
}: {
  text: TPanelText
  newsText: TMessages['watchlistNews']
  timeZone: string
  locale: TLocale
}) {
  const words = text.watchlist
  const { state, reload } = usePanelData()
  const [expanded, setExpanded] = useState(false)
  const [tab, setTab] = useState<TTab>('coins')
  const loginHref = useLoginHref(locale)
  const bodyId = useId()
  const titleId = useId()
  const tabIds = { coins: useId(), news: useId() }
  const tabPanelId = useId()
  const sampleData = state.status === 'ready' && state.data.market.sampleData
  const coinsTab = (
    <>
      {state.status === 'loading' ? <PanelSkeleton label={words.loadingMarket} /> : null}
      {state.status === 'error' ? (
        <div className={styles.notice} role="status">
          <p>{words.unavailable}</p>
          <button type="button" className={styles.retry} onClick={reload}>
            {words.retry}
          </button>
        </div>
      ) : null}
      {state.status === 'ready' ? (
        <PanelContent
          personal={state.data.personal}
          coins={state.data.coins}
          popular={state.data.popular ?? []}
          refreshSeconds={state.data.market.refreshSeconds}
          loadedAt={state.loadedAt}
          loginHref={loginHref}
          text={text}
          locale={locale}
        />
      ) : null}
    </>
  )

  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <div className={styles.header}>
        <h2 className={styles.title} id={titleId}>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => setExpanded((open) => !open)}
          >
            {words.title}
            <span className={styles.chevron} aria-hidden="true" />
          </button>
          <span className={styles.titleText}>{words.title}</span>
        </h2>
        {sampleData ? <SampleDataLabel text={text.market} /> : null}
        <PageLink href={localizedPath(locale, '/watchlist')} className={styles.more}>
          {words.viewAll}
        </PageLink>
      </div>

      <div
        id={bodyId}
        className={expanded ? styles.body : `${styles.body} ${styles.collapsed}`}
        aria-busy={tab === 'coins' && state.status === 'loading'}
      >
        <div role="tablist" aria-label={newsText.tabs} className={styles.tabs}>
          {(['coins', 'news'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={tabIds[name]}
              aria-selected={tab === name}
              aria-controls={tabPanelId}
              className={styles.tab}
              onClick={() => setTab(name)}
            >
              {name === 'coins' ? words.title : newsText.title}
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id={tabPanelId}
          aria-labelledby={tabIds[tab]}
          className={styles.tabPanel}
        >
          {tab === 'news' ? (
            <WatchlistNews locale={locale} timeZone={timeZone} text={newsText} limit={NEWS_ROWS} />
          ) : (
            coinsTab
          )}
        </div>
      </div>
    </section>
  )
}

type TPanelCoins = Parameters<typeof PanelTable>[0]['coins']

function PanelContent({
  personal,
  coins,
  popular,
  refreshSeconds,
  loadedAt,
  loginHref,
  text,
  locale,
}: {
  personal: boolean
  coins: TPanelCoins
  popular: TPanelCoins
  refreshSeconds: number
  loadedAt: Date
  loginHref: string
  text: TPanelText
  locale: TLocale
}) {
  const words = text.watchlist
  const shown = coins.slice(0, SIDEBAR_ROWS)
  const table = { refreshSeconds, now: loadedAt, text, locale }
  if (!personal) {
    return (
      <>
        <PanelTable coins={shown} caption={words.topCoins} {...table} />
        <p className={styles.footnote}>
          <PageLink href={loginHref} className={styles.cta}>
            {words.loginToManage}
          </PageLink>
        </p>
      </>
    )
  }
  // The reader's own coins first, then the market's top coins fill the rows the list leaves (one
  // goes to the 热门币种 heading), so the card keeps its height.
  const fill = popular.slice(0, Math.max(0, SIDEBAR_ROWS - shown.length - 1))
  const short = coins.length < SHORT_LIST
  return (
    <>
      <PanelTable coins={shown} popular={fill} caption={words.myCoins} {...table} />
      <p className={styles.footnote}>
        {short ? (
          <>
            {coins.length === 0 ? <span className={styles.empty}>{words.emptyShort}</span> : null}
            <PageLink href={localizedPath(locale, '/watchlist')} className={styles.addLink}>
              {words.addCoins}
            </PageLink>
          </>
        ) : (
          <PageLink href={localizedPath(locale, '/watchlist')}>
            {coins.length > shown.length
              ? formatMessage(words.countViewAll, { count: coins.length })
              : words.addOrAdjust}
          </PageLink>
        )}
      </p>
    </>
  )
}

function PanelSkeleton({ label }: { label: string }) {
  return (
    <div className={styles.skeleton}>
      <span className="visually-hidden" role="status">
        {label}
      </span>
      {Array.from({ length: SIDEBAR_ROWS }, (_, index) => (
        <span key={index} className={styles.skeletonRow} aria-hidden="true" />
      ))}
    </div>
  )
}
