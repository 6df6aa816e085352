import { PageLink } from '@/components/portal/PageLink'
import { SearchIcon } from '@/components/search/SearchIcon'

import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

import styles from './HeaderSearch.module.css'

/**
 * 搜索 in the header of every page: a plain GET form to the search page (no JavaScript, no client
 * bundle). A phone's one-line header has no room for a box, so there it is a magnifier leading to
 * the search page, whose own form takes the query.
 */
export function HeaderSearch({ locale, text }: { locale: TLocale; text: TMessages['search'] }) {
  const action = localizedPath(locale, '/search')
  return (
    <div className={styles.search}>
      <form
        method="get"
        action={action}
        role="search"
        aria-label={text.label}
        className={styles.form}
      >
        <label htmlFor="site-search-q" className="visually-hidden">
          {text.label}
        </label>
        <input
          id="site-search-q"
          className={styles.input}
          type="search"
          name="q"
          placeholder={text.placeholder}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.submit}>
          <SearchIcon />
          <span className="visually-hidden">{text.submit}</span>
        </button>
      </form>
      <PageLink href={action} className={styles.link}>
        <SearchIcon />
        <span className="visually-hidden">{text.label}</span>
      </PageLink>
    </div>
  )
}
