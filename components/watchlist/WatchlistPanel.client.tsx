'use client'

import Link from 'next/link'
import { useId, useState } from 'react'

import { SampleDataLabel } from '@/components/market/MarketBadges'
import { PanelTable } from './PanelTable'
import { SIDEBAR_ROWS } from './panelResponse'
import { usePanelData } from './usePanelData'
import { useLoginHref } from './useLoginHref'
import styles from './WatchlistPanel.module.css'

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
        <Link href="/watchlist" className={styles.more}>
          查看全部
        </Link>
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
            refreshSeconds={state.data.market.refreshSeconds}
            loadedAt={state.loadedAt}
            loginHref={loginHref}
          />
        ) : null}
      </div>
    </section>
  )
}

function PanelContent({
  personal,
  coins,
  refreshSeconds,
  loadedAt,
  loginHref,
}: {
  personal: boolean
  coins: Parameters<typeof PanelTable>[0]['coins']
  refreshSeconds: number
  loadedAt: Date
  loginHref: string
}) {
  if (personal && coins.length === 0) {
    return (
      <div className={styles.notice}>
        <p>还没有添加自选币种。</p>
        <Link href="/watchlist" className={styles.cta}>
          去添加自选币种
        </Link>
      </div>
    )
  }
  const shown = coins.slice(0, SIDEBAR_ROWS)
  return (
    <>
      <PanelTable
        coins={shown}
        caption={personal ? '我的自选币种' : '市值排名前列的币种'}
        refreshSeconds={refreshSeconds}
        now={loadedAt}
      />
      {personal ? (
        <p className={styles.footnote}>
          <Link href="/watchlist">
            {coins.length > shown.length ? `共 ${coins.length} 个,查看全部` : '添加或调整自选'}
          </Link>
        </p>
      ) : null}
      {personal ? null : (
        <p className={styles.footnote}>
          <Link href={loginHref} className={styles.cta}>
            登录后管理我的自选
          </Link>
        </p>
      )}
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
