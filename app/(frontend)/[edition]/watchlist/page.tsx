import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { WatchlistManager } from '@/components/watchlist/WatchlistManager.client'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { pageAlternates } from '@/lib/syndication/seo'
import { REQUEST_FAILURE_KEYS } from '@/lib/account/formMessages'
import { messagesFor, pickMessages } from '@/lib/i18n/messages'
import styles from './page.module.css'

type TProps = { params: Promise<TEditionParams> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const t = await getTranslations({ locale, namespace: 'watchlist' })
  return {
    title: t('title'),
    description: t('metaDescription'),
    robots: { index: false },
    alternates: pageAlternates({ locale, path: '/watchlist' }),
  }
}

/**
 * A static shell, the same HTML for everyone: it reads no cookie. The list is personal, so the
 * manager loads it in the browser (GET /api/watchlists/panel) and saves through the API.
 */
export default async function WatchlistPage({ params }: TProps) {
  const locale = await editionOf(params)
  const { watchlist, market, forms } = messagesFor(locale)
  const requests = pickMessages(forms, REQUEST_FAILURE_KEYS)
  return (
    <main id="main" className={styles.page}>
      <h1 className={styles.title}>{watchlist.title}</h1>
      <WatchlistManager text={{ watchlist, market, requests }} locale={locale} />
    </main>
  )
}
