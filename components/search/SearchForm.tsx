import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TSearchTab } from '@/lib/search/siteSearch'

import styles from './SearchForm.module.css'

/**
 * The search page's own form, holding the query it shows: a plain GET form, so searching again
 * needs no JavaScript. It keeps the tab the reader is on (文章 is the default and needs no field).
 */
export function SearchForm({
  locale,
  q,
  tab,
  text,
}: {
  locale: TLocale
  q: string
  tab: TSearchTab
  text: TMessages['search']
}) {
  return (
    <form method="get" action={localizedPath(locale, '/search')} className={styles.form}>
      <label htmlFor="search-page-q" className="visually-hidden">
        {text.label}
      </label>
      <input
        id="search-page-q"
        className={styles.input}
        type="search"
        name="q"
        defaultValue={q}
        placeholder={text.placeholder}
        autoComplete="off"
        enterKeyHint="search"
      />
      {tab === 'articles' ? null : <input type="hidden" name="tab" value={tab} />}
      <button type="submit" className={styles.submit}>
        {text.submit}
      </button>
    </form>
  )
}
