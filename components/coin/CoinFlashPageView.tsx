import Image from 'next/image'

import { Disclaimer } from '@/components/article/Disclaimer'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PageLink } from '@/components/portal/PageLink'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { coinFlashHref, coinHref } from '@/lib/coins/coinHref'
import { displaySettings } from '@/lib/display'
import { formatMessage } from '@/lib/i18n/format'
import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TCoinProfile } from '@/lib/queries/findCoinPage'
import type { TFlashPage } from '@/lib/queries/findFlashes'
import { CoinFlashList } from './CoinFlashList'
import styles from './CoinPageView.module.css'

/**
 * A coin's 快讯 page (`/coins/<id>/flash`, 更多快讯 on the coin page): the 快讯 linked to the coin,
 * newest first, a page at a time; 更早的快讯 is a plain link to the next page (`?cursor=`), so it
 * works without JavaScript and each page is cached like the coin page. Nothing personal, no
 * figures.
 */
export function CoinFlashPageView({
  locale,
  coin,
  page,
  laterPage,
}: {
  locale: TLocale
  coin: TCoinProfile
  page: TFlashPage
  laterPage: boolean
}) {
  const messages = messagesFor(locale)
  const text = messages.coin
  const names = { name: coin.name, symbol: coin.symbol }
  return (
    <PortalColumns
      sidebar={<PortalSidebar locale={locale} />}
      sidebarLabel={messages.article.sidebar}
    >
      <Disclaimer locale={locale} />
      <header className={styles.header}>
        {coin.logo ? (
          <Image
            className={styles.logo}
            src={coin.logo.url}
            alt=""
            width={48}
            height={48}
            unoptimized
          />
        ) : null}
        <div className={styles.names}>
          <h1 className={styles.title}>
            {formatMessage(laterPage ? text.moreFlashesTitle : text.flashesTitle, names)}
          </h1>
          <p className={styles.back}>
            <PageLink href={coinHref(locale, coin.marketDataId)}>
              {formatMessage(text.backToCoin, names)}
            </PageLink>
          </p>
        </div>
      </header>
      <CoinFlashList
        flashes={page.items}
        locale={locale}
        timeZone={displaySettings().timeZone}
        heading={text.flashes}
        headingHidden
        empty={text.noFlashes}
        more={
          page.nextCursor ? (
            <PageLink href={coinFlashHref(locale, coin.marketDataId, page.nextCursor)} rel="next">
              {text.olderFlashes}
            </PageLink>
          ) : null
        }
      />
      <Disclaimer locale={locale} />
    </PortalColumns>
  )
}
