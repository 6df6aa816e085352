import { getTranslations } from 'next-intl/server'

import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TArticleCard } from '@/lib/queries/cards'
import type { TTab } from '@/lib/queries/findTags'
import { Disclaimer } from '@/components/article/Disclaimer'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { CardList } from './CardList'
import { cardTextOf } from './cardText'
import { CategoryTabs } from './CategoryTabs'
import styles from './FeedView.module.css'
import { LoadMore } from './LoadMore.client'

type TFeedViewProps = {
  locale: TLocale
  tabs: TTab[]
  tag: TTab | null
  items: TArticleCard[]
  timeZone: string
  /** Cursor paging (加载更多) … */
  nextCursor?: string | null
  /** … or numbered pages (?page=N). */
  pageLinks?: { previous: string | null; next: string | null; label: string }
  heading?: string
}

export async function FeedView({
  locale,
  tabs,
  tag,
  items,
  timeZone,
  nextCursor,
  pageLinks,
  heading,
}: TFeedViewProps) {
  const t = await getTranslations({ locale, namespace: 'feed' })
  const messages = messagesFor(locale)
  const cardText = cardTextOf(messages, locale)
  return (
    <PortalColumns
      sidebar={<PortalSidebar locale={locale} />}
      sidebarLabel={messages.article.sidebar}
    >
      <CategoryTabs locale={locale} tabs={tabs} active={tag?.slug ?? null} text={messages.feed} />
      <Disclaimer locale={locale} />
      <h1 className={tag || heading ? styles.heading : 'visually-hidden'}>
        {heading ?? (tag ? tag.name : t('latest'))}
      </h1>
      {items.length === 0 ? <p className={styles.empty}>{t('empty')}</p> : null}
      <div>
        {/* Every thumbnail lazy, even those in view: an eager image is preloaded by React at high
            priority and takes one of the connections the first paint's stylesheets wait for. */}
        <CardList items={items} timeZone={timeZone} bookmarkable text={cardText} />
      </div>
      {pageLinks ? (
        <nav className={styles.pager} aria-label={t('pagination')}>
          {pageLinks.previous ? <a href={pageLinks.previous}>{t('previousPage')}</a> : <span />}
          <span>{pageLinks.label}</span>
          {pageLinks.next ? <a href={pageLinks.next}>{t('nextPage')}</a> : <span />}
        </nav>
      ) : (
        <LoadMore scope={tag?.slug ?? 'all'} initialCursor={nextCursor ?? null} text={cardText} />
      )}
    </PortalColumns>
  )
}
