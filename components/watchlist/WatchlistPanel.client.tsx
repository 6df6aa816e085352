'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useId, useState } from 'react'

import { SampleDataLabel } from '@/components/market/MarketBadges'
import { PanelTable } from './PanelTable'
import { SIDEBAR_ROWS } from './panelResponse'
import { usePanelData } from './usePanelData'
import { useLoginHref } from './useLoginHref'
import styles from './WatchlistPanel.module.css'

/** Below this many coins of their own, the panel asks the reader to add some. */
const SHORT_LIST = 5

/**
 * 我的自选 in the sidebar of feed and article pages. Its data is personal, so the browser loads it
 * (GET /api/watchlists/panel) and the page HTML stays the same for everyone. A failure shows a
 * short notice inside the panel; it never throws into the page. On phones the block is collapsed
 * behind a button; on wider screens it is an always-open card (the CSS decides, so the server
 * and the browser render the same markup).
 */
export function WatchlistPanel() {
  const { state, reload } = usePanelData()
  const [expanded, setExpanded] = useState(false)
  const loginHref = useLoginHref()
  const bodyId = useId()
  const titleId = useId()
  const sampleData = state.status === 'ready' && state.data.market.sampleData

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
            我的自选
            <span className={styles.chevron} aria-hidden="true" />
          </button>
          <span className={styles.titleText}>我的自选</span>
        </h2>
        {sampleData ? <SampleDataLabel /> : null}
        <PageLink href="/watchlist" className={styles.more}>
          查看全部
        </PageLink>
      </div>

      <div
        id={bodyId}
        className={expanded ? styles.body : `${styles.body} ${styles.collapsed}`}
        aria-busy={state.status === 'loading'}
      >
        {state.status === 'loading' ? <PanelSkeleton /> : null}
        {state.status === 'error' ? (
          <div className={styles.notice} role="status">
            <p>行情暂时不可用</p>
            <button type="button" className={styles.retry} onClick={reload}>
              重试
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
          />
        ) : null}
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
}: {
  personal: boolean
  coins: TPanelCoins
  popular: TPanelCoins
  refreshSeconds: number
  loadedAt: Date
  loginHref: string
}) {
  const shown = coins.slice(0, SIDEBAR_ROWS)
  const table = { refreshSeconds, now: loadedAt }
  if (!personal) {
    return (
      <>
        <PanelTable coins={shown} caption="市值排名前列的币种" {...table} />
        <p className={styles.footnote}>
          <PageLink href={loginHref} className={styles.cta}>
            登录后管理我的自选
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
      <PanelTable coins={shown} popular={fill} caption="我的自选币种" {...table} />
      <p className={styles.footnote}>
        {short ? (
          <>
            {coins.length === 0 ? <span className={styles.empty}>还没有自选币种</span> : null}
            <PageLink href="/watchlist" className={styles.addLink}>
              添加自选
            </PageLink>
          </>
        ) : (
          <PageLink href="/watchlist">
            {coins.length > shown.length ? `共 ${coins.length} 个,查看全部` : '添加或调整自选'}
          </PageLink>
        )}
      </p>
    </>
  )
}

function PanelSkeleton() {
  return (
    <div className={styles.skeleton}>
      <span className="visually-hidden" role="status">
        行情加载中
      </span>
      {Array.from({ length: SIDEBAR_ROWS }, (_, index) => (
        <span key={index} className={styles.skeletonRow} aria-hidden="true" />
      ))}
    </div>
  )
}
