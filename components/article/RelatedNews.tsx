import type { TArticleCard } from '@/lib/queries/cards'
import { CardList } from '@/components/feed/CardList.client'
import styles from './RelatedNews.module.css'

/** 更多新闻 below an article. */
export function RelatedNews({
  articles,
  timeZone,
}: {
  articles: TArticleCard[]
  timeZone: string
}) {
  if (articles.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby="related-heading">
      <h2 id="related-heading">更多新闻</h2>
      <CardList items={articles} timeZone={timeZone} headingLevel="h3" />
    </section>
  )
}
