import { FlashModule } from '@/components/flash/FlashModule'
import { WatchlistPanel } from '@/components/watchlist/WatchlistPanel.client'
import { displaySettings } from '@/lib/display'
import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { panelTextOf } from '@/components/watchlist/coinTable'
import styles from './PortalSidebar.module.css'

/**
 * The sidebar of feed and article pages: the 我的自选 panel (with its 自选资讯 tab) and the latest 快讯. The panel is
 * personal, so the browser loads it; the page around it stays the same cached HTML for every
 * reader. Its text comes from here: the panel is a client component and loads no catalog of its
 * own. `flashes: false` where the page is the 快讯 timeline itself.
 */
export function PortalSidebar({ locale, flashes = true }: { locale: TLocale; flashes?: boolean }) {
  return (
    <div className={styles.sidebar}>
      <WatchlistPanel
        text={panelTextOf(messagesFor(locale))}
        newsText={messagesFor(locale).watchlistNews}
        timeZone={displaySettings().timeZone}
        locale={locale}
      />
      {flashes ? <FlashModule locale={locale} /> : null}
    </div>
  )
}
