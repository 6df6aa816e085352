import { FlashModule } from '@/components/flash/FlashModule'
import { HotModule } from '@/components/hot/HotModule.client'
import { WatchlistPanel } from '@/components/watchlist/WatchlistPanel.client'
import { displaySettings } from '@/lib/display'
import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { panelTextOf } from '@/components/watchlist/coinTable'
import styles from './PortalSidebar.module.css'

/**
 * The sidebar of feed and article pages: the 我的自选 panel (with its 自选资讯 tab), the latest 快讯
 * and 热门 (which the browser loads too: the list changes every minute, the pages around it far less
 * often). The panel is personal, so the browser loads it; the page around it stays the same
 * cached HTML for every reader. Its text comes from here: the panel is a client component and loads no catalog of its
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
      <HotModule locale={locale} text={messagesFor(locale).hot} />
    </div>
  )
}
