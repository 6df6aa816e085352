import Image from 'next/image'

import { Disclaimer } from '@/components/article/Disclaimer'
import { CardList } from '@/components/feed/CardList'
import { cardTextOf } from '@/components/feed/cardText'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PageLink } from '@/components/portal/PageLink'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { pickMessages, messagesFor } from '@/lib/i18n/messages'
import { REQUEST_FAILURE_KEYS } from '@/lib/account/formMessages'
import { coinFlashHref, coinHref, coinRssHref } from '@/lib/coins/coinHref'
import { displaySettings } from '@/lib/display'
import type { TLocale } from '@/lib/i18n/locales'
import { formatMessage } from '@/lib/i18n/format'
import type { TArticleCard } from '@/lib/queries/cards'
import type { TFlashPage } from '@/lib/queries/findFlashes'
import type { TCoinProfile } from '@/lib/queries/findCoinPage'
import { CoinFigures } from './CoinFigures.client'
import { CoinFlashList } from './CoinFlashList'
import styles from './CoinPageView.module.css'
import { WatchlistToggle } from './WatchlistToggle.client'

/**
 * A coin page: the coin, its figures (loaded by the browser), 加入自选, and the articles and
 * 快讯 linked to it, newest first (更多快讯 leads to the coin's 快讯 page when it has more than
 * shown). The HTML holds nothing personal and no figure, so it is cached like an article page. A
 * later page (`?cursor=`) shows only the next articles.
 */
export function CoinPageView({
  locale,
  coin,
  articles,
  nextCursor,
  flashes,
}: {
  locale: TLocale
  coin: TCoinProfile
  articles: TArticleCard[]
  nextCursor: string | null
  /** The newest linked 快讯 (a next cursor when there are more); null on a later page. */
  flashes: TFlashPage | null
}) {
  const messages = messagesFor(locale)
  const text = messages.coin
  const { timeZone } = displaySettings()
  const laterPage = flashes === null
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
            {laterPage ? (
              formatMessage(text.moreTitle, { name: coin.name, symbol: coin.symbol })
            ) : (
              <>
                {coin.name} <span className={styles.symbol}>{coin.symbol}</span>
              </>
            )}
          </h1>
          {coin.nameZh && !laterPage ? <p className={styles.nameZh}>{coin.nameZh}</p> : null}
        </div>
        <div className={styles.actions}>
          <WatchlistToggle
            coinId={coin.id}
            symbol={coin.symbol}
            locale={locale}
            text={pickMessages(text, [
              'addToWatchlist',
              'inWatchlist',
              'addCoin',
              'removeCoin',
              'added',
              'removed',
              'loginToAdd',
              'saveFailed',
            ])}
            requests={pickMessages(messages.forms, REQUEST_FAILURE_KEYS)}
          />
          <a
            className={styles.rss}
            href={coinRssHref(locale, coin.marketDataId)}
            type="application/rss+xml"
            title={formatMessage(text.rssTitle, { name: coin.name })}
          >
            {text.rss}
          </a>
        </div>
      </header>
      {laterPage ? null : (
        <CoinFigures
          marketDataId={coin.marketDataId}
          locale={locale}
          text={pickMessages(text, [
            'figures',
            'rank',
            'price',
            'change24h',
            'marketCap',
            'trend7d',
            'loading',
            'unavailable',
          ])}
          market={messages.market}
        />
      )}
      <section aria-labelledby="coin-articles" data-testid="coin-articles">
        <h2 id="coin-articles" className={laterPage ? 'visually-hidden' : styles.heading}>
          {text.articles}
        </h2>
        {articles.length === 0 ? <p className={styles.empty}>{text.noArticles}</p> : null}
        <CardList
          items={articles}
          timeZone={timeZone}
          headingLevel="h3"
          bookmarkable
          text={cardTextOf(messages, locale)}
        />
        {nextCursor ? (
          <p className={styles.more}>
            <PageLink href={coinHref(locale, coin.marketDataId, nextCursor)} rel="next">
              {text.more}
            </PageLink>
          </p>
        ) : null}
      </section>
      {flashes ? (
        <CoinFlashList
          flashes={flashes.items}
          locale={locale}
          timeZone={timeZone}
          heading={text.flashes}
          empty={text.noFlashes}
          more={
            flashes.nextCursor ? (
              <PageLink href={coinFlashHref(locale, coin.marketDataId)}>
                {text.moreFlashes}
              </PageLink>
            ) : null
          }
        />
      ) : null}
      <Disclaimer locale={locale} />
    </PortalColumns>
  )
}
