import { getImageProps } from 'next/image'
import { PageLink } from '@/components/portal/PageLink'
import { coinHref } from '@/lib/coins/coinHref'

import { localizedPath } from '@/lib/i18n/locales'
import type { TCardText } from './cardText'
import type { TCardView } from './cardView'
import styles from './ArticleCard.module.css'
import { CardBookmark } from './CardBookmark.client'

/** The thumbnail's largest drawn size (ArticleCard.module.css). */
const THUMB_WIDTH = 200
const THUMB_HEIGHT = 112

/**
 * One feed item, rendered by the client lists (CardList, 加载更多). Presentation only: its 收藏 learns
 * the reader's state in the browser, so the same HTML serves everyone.
 */
export function ArticleCard({
  article,
  eager = false,
  headingLevel = 'h2',
  bookmarkable = false,
  text,
}: {
  article: TCardView
  text: TCardText
  /**
   * Load the thumbnail at once rather than lazily: for the first cards, in view on arrival. Not a
   * preload (Next 16's `preload`, formerly `priority`): a 200×112 thumbnail is never the page's
   * largest paint (the feed's is text), and a preload in <head> would compete with the stylesheets
   * that the first paint waits for.
   */
  eager?: boolean
  /** h2 in a feed, h3 inside a section such as 更多新闻. */
  headingLevel?: 'h2' | 'h3'
  /** 收藏 on the card (the feed's cards; 更多新闻 leaves it to the article page's own button). */
  bookmarkable?: boolean
}) {
  const href = localizedPath(text.locale, `/articles/${article.slug}`)
  const Heading = headingLevel
  // Plain <img> and <a> below rather than next/image and a second PageLink: a feed page draws ~20
  // cards with ~50 tag links, and each of those components costs render and hydration work (state,
  // effects, a link observer each). getImageProps gives the same optimised srcset. Tag links are
  // ordinary page loads (cached HTML).
  const thumb = article.cover
    ? getImageProps({
        src: article.cover.url,
        alt: '',
        // Drawn at 200×112 at most (96×72 on phones): a fixed size gives a two-entry srcset
        // (1x, 2x). With `sizes` in px Next lists every configured width, ~1.5 KB per card.
        width: THUMB_WIDTH,
        height: THUMB_HEIGHT,
        loading: eager ? 'eager' : 'lazy',
      }).props
    : null
  return (
    <article className={styles.card}>
      <div className={styles.text}>
        <Heading className={styles.title}>
          {article.featured ? <span className={styles.badge}>{text.feed.featured}</span> : null}
          <PageLink href={href}>{article.title}</PageLink>
        </Heading>
        <p className={styles.summary}>{article.summary}</p>
        <div className={styles.meta}>
          <time dateTime={article.publishedAt ?? undefined}>{article.publishedText}</time>
          {article.tags.length > 0 ? (
            <ul className={styles.tags} aria-label={text.feed.tags}>
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <a href={localizedPath(text.locale, `/tag/${tag.slug}`)}>{tag.name}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {article.coins.length > 0 ? (
            <ul className={styles.coins} aria-label={text.feed.coins}>
              {article.coins.map((coin) => (
                <li key={coin.id} title={coin.name}>
                  <a href={coinHref(text.locale, coin.marketDataId)}>{coin.symbol}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {bookmarkable ? (
            <CardBookmark
              articleId={article.id}
              articleTitle={article.title}
              text={text.bookmarks}
            />
          ) : null}
        </div>
      </div>
      {thumb ? (
        <a href={href} className={styles.thumb} tabIndex={-1} aria-hidden="true">
          {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- optimised by getImageProps; alt="" is in thumb */}
          <img {...thumb} />
        </a>
      ) : null}
    </article>
  )
}
