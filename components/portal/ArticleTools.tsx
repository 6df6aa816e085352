import { bookmarkToggleTextOf } from '@/components/feed/cardText'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
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
  locale,
  text,
}: {
  articleId: string
  articleTitle: string
  coins: TCoinRef[]
  locale: TLocale
  /** The edition's catalog: the client parts get only their own messages from it. */
  text: TMessages
}) {
  return (
    <div className={styles.tools}>
      <BookmarkButton
        articleId={articleId}
        articleTitle={articleTitle}
        text={bookmarkToggleTextOf(text)}
      />
      {coins.length ? <CoinChips coins={coins} locale={locale} text={text.market} /> : null}
    </div>
  )
}
