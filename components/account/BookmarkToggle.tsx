import { formatMessage } from '@/lib/i18n/format'
import type { TBookmarkToggleText } from '@/components/feed/cardText'

import styles from './BookmarkButton.module.css'

/**
 * The 收藏 button itself, drawn the same on the article page and on feed cards. On a card it is
 * `compact`, of one width whatever it says, and names its article for screen readers (a list of
 * twenty buttons all called 收藏 would not say which is which).
 */
export function BookmarkToggle({
  bookmarked,
  busy,
  onClick,
  compact = false,
  articleTitle,
  text,
}: {
  bookmarked: boolean
  /** The state is not known yet, or a request is on its way: clicks are ignored. */
  busy: boolean
  onClick: () => void
  compact?: boolean
  /** The accessible name then says which article, and still starts with what the button shows. */
  articleTitle?: string
  text: TBookmarkToggleText
}) {
  const label = bookmarked ? text.bookmarked : text.bookmark
  const named = bookmarked ? text.bookmarkedArticle : text.bookmarkArticle
  return (
    <button
      type="button"
      className={compact ? `${styles.button} ${styles.compact}` : styles.button}
      aria-pressed={bookmarked}
      aria-disabled={busy}
      aria-label={articleTitle ? formatMessage(named, { title: articleTitle }) : undefined}
      onClick={onClick}
    >
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" />
      </svg>
      {label}
    </button>
  )
}
