import type React from 'react'

import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, type TQueryProblem } from '@/lib/search/query'

import styles from './SearchNotice.module.css'

/** What to type instead, for each reason a query is not searched. */
export function problemText(problem: TQueryProblem, text: TMessages['search']): string {
  switch (problem) {
    case 'empty':
      return text.hintEmpty
    case 'tooLong':
      return formatMessage(text.hintTooLong, { max: MAX_QUERY_LENGTH })
    case 'noWords':
      return text.hintNoWords
    case 'tooManyWords':
      return formatMessage(text.hintTooManyWords, { max: MAX_QUERY_WORDS })
  }
}

/**
 * 提示 in place of results when the query cannot be searched (empty, too long, no words, too many
 * words): an ordinary page that says what to type, not an error.
 */
export function SearchHint({
  problem,
  text,
  children,
}: {
  problem: TQueryProblem
  text: TMessages['search']
  /** Where to go instead (the popular tags). */
  children?: React.ReactNode
}) {
  return (
    <section aria-labelledby="search-hint" className={styles.notice}>
      <h2 id="search-hint" className={styles.title}>
        {text.hint}
      </h2>
      <p className={styles.text}>{problemText(problem, text)}</p>
      {children}
    </section>
  )
}
