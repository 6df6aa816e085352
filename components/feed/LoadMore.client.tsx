'use client'

import { useRef, useState } from 'react'

import { formatMessage } from '@/lib/i18n/format'
import type { TCardText } from './cardText'
import type { TCardView } from './cardView'
import { ArticleCard } from './ArticleCard'
import { feedHref } from './feedHref'
import styles from './LoadMore.module.css'

/** /feed-items' answer: its cards come with their times written out (cardView.ts). */
type TFeedItems = { items: TCardView[]; nextCursor: string | null }

/**
 * 加载更多： a plain link to the next page (works without JavaScript); with JavaScript it appends
 * the next 20 items in place and keeps the link pointing one page further.
 */
export function LoadMore({
  scope,
  initialCursor,
  text,
}: {
  scope: string
  initialCursor: string | null
  text: TCardText
}) {
  const [items, setItems] = useState<TCardView[]>([])
  const [cursor, setCursor] = useState(initialCursor)
  const [state, setState] = useState<'idle' | 'loading' | 'error'>('idle')
  const [announcement, setAnnouncement] = useState('')
  const firstNewLink = useRef<HTMLDivElement>(null)

  async function loadMore(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!cursor || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    setState('loading')
    try {
      const params = new URLSearchParams({ scope, cursor, locale: text.locale })
      const response = await fetch(`/feed-items?${params}`)
      if (!response.ok) throw new Error(String(response.status))
      const page = (await response.json()) as TFeedItems
      const start = items.length
      setItems((current) => [...current, ...page.items])
      setCursor(page.nextCursor)
      setState('idle')
      setAnnouncement(formatMessage(text.feed.loaded, { count: page.items.length }))
      requestAnimationFrame(() => {
        firstNewLink.current?.querySelectorAll<HTMLElement>('article h2 a')[start]?.focus()
      })
    } catch {
      setState('error')
    }
  }

  return (
    <>
      <div ref={firstNewLink}>
        {items.map((article) => (
          <ArticleCard key={article.id} article={article} bookmarkable text={text} />
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {state === 'error' ? <p className={styles.error}>{text.feed.loadFailed}</p> : null}
      {cursor ? (
        <a
          className={styles.button}
          href={feedHref(text.locale, scope, cursor)}
          onClick={loadMore}
          aria-busy={state === 'loading'}
        >
          {state === 'loading' ? text.feed.loading : text.feed.loadMore}
        </a>
      ) : (
        <p className={styles.end}>{text.feed.noMore}</p>
      )}
    </>
  )
}
