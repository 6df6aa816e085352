import type { Metadata } from 'next'

import { WatchlistManager } from '@/components/watchlist/WatchlistManager.client'
import styles from './page.module.css'

export const metadata: Metadata = {
  title: '我的自选',
  description: '管理我的自选币种:查看市值、价格和 24 小时涨跌,添加、移除和调整顺序。',
  robots: { index: false },
}

/**
 * A static shell, the same HTML for everyone: it reads no cookie. The list is personal, so the
 * manager loads it in the browser (GET /api/watchlists/panel) and saves through the API.
 */
export default function WatchlistPage() {
  return (
    <main id="main" className={styles.page}>
      <h1 className={styles.title}>我的自选</h1>
      <WatchlistManager />
    </main>
  )
}
