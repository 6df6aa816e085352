import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { WatchlistManager } from '@/components/watchlist/WatchlistManager.client'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import styles from './page.module.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'watchlist' })
  return { title: t('title'), description: t('metaDescription'), robots: { index: false } }
}

/**
 * A static shell, the same HTML for everyone: it reads no cookie. The list is personal, so the
 * manager loads it in the browser (GET /api/watchlists/panel) and saves through the API.
 */
export default async function WatchlistPage() {
  const locale = DEFAULT_LOCALE
  const { watchlist, market } = messagesFor(locale)
  return (
    <main id="main" className={styles.page}>
      <h1 className={styles.title}>{watchlist.title}</h1>
      <WatchlistManager text={{ watchlist, market }} locale={locale} />
    </main>
  )
}
