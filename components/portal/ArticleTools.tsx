import type { TCoinRef } from '@/lib/queries/cards'
import { BookmarkButton } from '@/components/account/BookmarkButton.client'
import { CoinChips } from '@/components/market/CoinChips.client'
import styles from './ArticleTools.module.css'

/**
 * The personal and live parts of an article header: 收藏 and the coin chips with prices. Both are
 * loaded by the browser so the article HTML never goes stale with a price or a user.
 */
export function ArticleTools({
  articleId,
  articleTitle,
  coins,
}: {
  articleId: string
  articleTitle: string
  coins: TCoinRef[]
}) {
  return (
    <div className={styles.tools}>
      <BookmarkButton articleId={articleId} articleTitle={articleTitle} />
      {coins.length ? <CoinChips coins={coins} /> : null}
    </div>
  )
}
