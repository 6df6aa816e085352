'use client'

import { BookmarkToggle } from '@/components/account/BookmarkToggle'
import type { TBookmarkToggleText } from '@/components/feed/cardText'
import styles from './ArticleCard.module.css'
import { clickCardBookmark, useCardBookmark } from './cardBookmarkStore'

/** 收藏 on a feed card: the article page's button, compact, with its state from the browser. */
export function CardBookmark({
  articleId,
  articleTitle,
  text,
}: {
  articleId: string
  articleTitle: string
  text: TBookmarkToggleText
}) {
  const card = useCardBookmark(articleId)
  return (
    <span className={styles.bookmark}>
      {card.error ? <span className={styles.bookmarkError}>{card.error}</span> : null}
      <BookmarkToggle
        compact
        bookmarked={card.bookmarked}
        busy={card.session === 'loading' || card.pending}
        onClick={() => void clickCardBookmark(articleId, articleTitle, text)}
        articleTitle={articleTitle}
        text={text}
      />
    </span>
  )
}
