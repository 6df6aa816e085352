import type { Metadata } from 'next'

import { PageLink } from '@/components/portal/PageLink'
import type { THotWindow } from '@/lib/hot/hours'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getHotArticles } from '@/lib/queries/hot'
import { pageAlternates } from '@/lib/syndication/seo'
import { HotList } from './HotList'
import styles from './HotPage.module.css'

/** The two /hot pages: one URL per window, so each is a plain cached page that works without JS. */
export const HOT_PATHS: Record<THotWindow, string> = { '24h': '/hot', '7d': '/hot/7d' }

export function hotMetadata(locale: TLocale, window: THotWindow): Metadata {
  const text = messagesFor(locale).hot
  return {
    title: `${text.title} · ${window === '24h' ? text.day : text.week}`,
    description: text.description,
    alternates: pageAlternates({ locale, path: HOT_PATHS[window] }),
  }
}

/**
 * 热门 on a page of its own: the list of one window with links (tabs) to the other. Rendered
 * from the cached list (lib/queries/hot.ts) and itself revalidated every minute by its route.
 */
export async function HotPage({ locale, window }: { locale: TLocale; window: THotWindow }) {
  const text = messagesFor(locale).hot
  const items = await getHotArticles(locale, window)
  const entries = items.map(({ card, views }) => ({ slug: card.slug, title: card.title, views }))
  return (
    <main id="main" className={styles.page}>
      <h1 className={styles.title}>{text.title}</h1>
      <nav className={styles.tabs} aria-label={text.windows}>
        {(['24h', '7d'] as const).map((option) => (
          <PageLink
            key={option}
            className={styles.tab}
            href={localizedPath(locale, HOT_PATHS[option])}
            aria-current={option === window ? 'page' : undefined}
          >
            {option === '24h' ? text.day : text.week}
          </PageLink>
        ))}
      </nav>
      <HotList entries={entries} locale={locale} text={text} />
    </main>
  )
}
