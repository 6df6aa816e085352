import { PageLink } from '@/components/portal/PageLink'

import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import { SEARCH_TABS, type TSearchTab } from '@/lib/search/siteSearch'

import { searchHref } from './searchUrl'
import styles from './SearchTabs.module.css'

/** 文章 / 快讯: the same query in the other kind of content, from its first page. */
export function SearchTabs({
  locale,
  q,
  active,
  text,
}: {
  locale: TLocale
  q: string
  active: TSearchTab
  text: TMessages['search']
}) {
  return (
    <nav className={styles.tabs} aria-label={text.tabs}>
      <ul className={styles.list}>
        {SEARCH_TABS.map((tab) => (
          <li key={tab}>
            <PageLink
              href={searchHref(locale, { q, tab })}
              aria-current={tab === active ? 'page' : undefined}
            >
              {text[tab]}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
