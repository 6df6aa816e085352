import type { TArticleCard } from '@/lib/queries/cards'
import { CardList } from '@/components/feed/CardList'
import type { TCardText } from '@/components/feed/cardText'
import styles from './RelatedNews.module.css'

/** 更多新闻 below an article. */
export function RelatedNews({
  articles,
  timeZone,
  heading,
  text,
}: {
  articles: TArticleCard[]
  timeZone: string
  heading: string
  text: TCardText
}) {
  if (articles.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby="related-heading">
      <h2 id="related-heading">{heading}</h2>
      <CardList items={articles} timeZone={timeZone} headingLevel="h3" text={text} />
    </section>
  )
}
