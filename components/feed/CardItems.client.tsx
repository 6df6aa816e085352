'use client'

import { ArticleCard } from './ArticleCard'
import type { TCardText } from './cardText'
import type { TCardView } from './cardView'
import { CardBookmarkAnnouncer } from './CardBookmarkAnnouncer.client'

/**
 * A list of cards drawn from plain card data. A client component on purpose: the page's RSC
 * payload then carries each card's data instead of its element tree, which is about three times
 * larger: less HTML to send and less server CPU per uncached render. The browser already has
 * ArticleCard for 加载更多, so this adds no script; hydrating 20 cards is cheap.
 */
export function CardItems({
  items,
  eagerCount = 0,
  headingLevel,
  bookmarkable = false,
  text,
}: {
  items: TCardView[]
  text: TCardText
  /** How many leading cards load their thumbnail at once (in view on arrival). */
  eagerCount?: number
  headingLevel?: 'h2' | 'h3'
  /** 收藏 on each card, and one live region that announces what a click did. */
  bookmarkable?: boolean
}) {
  return (
    <>
      {items.map((article, index) => (
        <ArticleCard
          key={article.id}
          article={article}
          eager={index < eagerCount}
          headingLevel={headingLevel}
          bookmarkable={bookmarkable}
          text={text}
        />
      ))}
      {bookmarkable ? <CardBookmarkAnnouncer /> : null}
    </>
  )
}
