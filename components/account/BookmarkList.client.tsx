'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

import { deleteBookmark } from '@/lib/account/bookmarks'
import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'
import { fetchMyBookmarks, type TBookmarkEntry } from '@/lib/account/myBookmarks'
import { withNext } from '@/lib/account/safeNext'
import { formatDateTimeShort } from '@/lib/format/datetime'

import styles from './BookmarkList.module.css'

type TState =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; entries: TBookmarkEntry[]; total: number }

const titleOf = (entry: TBookmarkEntry) => entry.article?.title ?? '已下线的文章'

/** 我的收藏: newest first; 取消收藏 removes an entry at once and puts it back if the server refuses. */
export function BookmarkList({ userId, timeZone }: { userId: string; timeZone: string }) {
  const [state, setState] = useState<TState>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetchMyBookmarks(userId, controller.signal).then((list) => {
      if (controller.signal.aborted) return
      setState(list ? { kind: 'ready', ...list } : { kind: 'error' })
    })
    return () => controller.abort()
  }, [userId, attempt])

  /** Where focus goes once a row disappears: the next row's button, else the previous, else the heading. */
  function focusAfterRemoving(index: number): () => void {
    const buttons = Array.from(listRef.current?.querySelectorAll('button') ?? [])
    const target = buttons[index + 1] ?? buttons[index - 1] ?? headingRef.current
    return () => target?.focus()
  }

  async function remove(entry: TBookmarkEntry, index: number) {
    const focus = focusAfterRemoving(index)
    flushSync(() => {
      setState((current) =>
        current.kind === 'ready'
          ? {
              ...current,
              entries: current.entries.filter((item) => item.id !== entry.id),
              total: current.total - 1,
            }
          : current,
      )
      setNotice({ text: `已取消收藏《${titleOf(entry)}》。`, error: false })
    })
    focus()

    const outcome = await deleteBookmark(entry.id)
    if (outcome.ok) return
    if (outcome.reason === 'login') {
      window.location.assign(withNext('/login', '/account'))
      return
    }
    // Put it back where it was, and say why.
    setState((current) => {
      if (current.kind !== 'ready') return current
      const entries = [...current.entries]
      entries.splice(Math.min(index, entries.length), 0, entry)
      return { ...current, entries, total: current.total + 1 }
    })
    const reason = outcome.reason === 'network' ? NETWORK_ERROR_MESSAGE : '请稍后重试。'
    setNotice({ text: `未能取消收藏《${titleOf(entry)}》：${reason}`, error: true })
  }

  return (
    <section className={styles.section} aria-labelledby="bookmarks-heading">
      <h2 id="bookmarks-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        我的收藏
        {state.kind === 'ready' ? <span className={styles.count}>（{state.total}）</span> : null}
      </h2>
      <p role="status" className={notice?.error ? styles.error : styles.status}>
        {notice?.text}
      </p>
      {state.kind === 'loading' ? <p className={styles.empty}>正在加载收藏…</p> : null}
      {state.kind === 'error' ? (
        <div className={styles.empty}>
          <p>收藏列表暂时无法加载。</p>
          <button type="button" className={styles.button} onClick={() => setAttempt((n) => n + 1)}>
            重试
          </button>
        </div>
      ) : null}
      {state.kind === 'ready' && state.entries.length === 0 ? (
        <p className={styles.empty}>
          还没有收藏的文章。阅读文章时点击「收藏」，它就会出现在这里。
          <PageLink href="/">去看看最新资讯</PageLink>
        </p>
      ) : null}
      {state.kind === 'ready' && state.entries.length > 0 ? (
        <ul className={styles.list} ref={listRef}>
          {state.entries.map((entry, index) => (
            <li key={entry.id} className={styles.item}>
              <BookmarkEntry entry={entry} timeZone={timeZone} />
              <button
                type="button"
                className={styles.button}
                onClick={() => remove(entry, index)}
                aria-label={`取消收藏：${titleOf(entry)}`}
              >
                取消收藏
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {state.kind === 'ready' && state.total > state.entries.length ? (
        <p className={styles.more}>只显示最近 {state.entries.length} 篇收藏。</p>
      ) : null}
    </section>
  )
}

function BookmarkEntry({ entry, timeZone }: { entry: TBookmarkEntry; timeZone: string }) {
  const { article } = entry
  if (!article) {
    return (
      <div className={styles.text}>
        <h3 className={styles.title}>{titleOf(entry)}</h3>
        <p className={styles.summary}>这篇文章已下线或暂时不可见，可以取消收藏。</p>
      </div>
    )
  }
  return (
    <div className={styles.text}>
      <h3 className={styles.title}>
        {article.slug ? (
          <PageLink href={`/articles/${article.slug}`}>{article.title}</PageLink>
        ) : (
          article.title
        )}
      </h3>
      {article.summary ? <p className={styles.summary}>{article.summary}</p> : null}
      {article.publishedAt ? (
        <p className={styles.meta}>
          发布于{' '}
          <time dateTime={article.publishedAt}>
            {formatDateTimeShort(article.publishedAt, timeZone)}
          </time>
        </p>
      ) : null}
    </div>
  )
}
