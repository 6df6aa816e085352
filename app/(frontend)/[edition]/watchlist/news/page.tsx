import type { Metadata } from 'next'

import { WatchlistNews } from '@/components/watchlist/WatchlistNews.client'
import { displaySettings } from '@/lib/display'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { messagesFor } from '@/lib/i18n/messages'
import { pageAlternates } from '@/lib/syndication/seo'
import styles from '@/app/(frontend)/[edition]/watchlist/page.module.css'

type TProps = { params: Promise<TEditionParams> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const text = messagesFor(locale).watchlistNews
  return {
    title: text.title,
    description: text.metaDescription,
    robots: { index: false },
    alternates: pageAlternates({ locale, path: '/watchlist/news' }),
  }
}

/**
 * 自选资讯 in each edition: a shell that is the same for everyone (it reads no cookie, so it may be
 * cached like any page); the list is personal and comes from GET /api/watchlists/news, which no
 * cache keeps.
 */
export default async function WatchlistNewsPage({ params }: TProps) {
  const locale = await editionOf(params)
  const text = messagesFor(locale).watchlistNews
  return (
    <main id="main" className={styles.page}>
      <h1 className={styles.title}>{text.title}</h1>
      <p className={styles.intro}>{text.intro}</p>
      <WatchlistNews locale={locale} timeZone={displaySettings().timeZone} text={text} />
    </main>
  )
}
