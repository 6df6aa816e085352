import { WatchlistPanel } from '@/components/watchlist/WatchlistPanel.client'
import styles from './PortalSidebar.module.css'

/**
 * The sidebar of feed and article pages: the 我的自选 panel. It is personal, so the browser loads
 * it; the page around it stays the same cached HTML for every reader.
 */
export function PortalSidebar() {
  return (
    <div className={styles.sidebar}>
      <WatchlistPanel />
    </div>
  )
}
