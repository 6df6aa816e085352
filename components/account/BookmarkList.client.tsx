'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

import { deleteBookmark } from '@/lib/account/bookmarks'
import { fetchMyBookmarks, type TBookmarkEntry } from '@/lib/account/myBookmarks'
import { withNext } from '@/lib/account/safeNext'
import { formatDateTimeShort } from '@/lib/format/datetime'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

import styles from './BookmarkList.module.css'

type TState =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; entries: TBookmarkEntry[]; total: number }

type TText = TMessages['bookmarks']

const titleOf = (entry: TBookmarkEntry, text: TText) => entry.article?.title ?? text.offline

/** 我的收藏: newest first; 取消收藏 removes an entry at once and puts it back if the server refuses. */
export function BookmarkList({
  userId,
  timeZone,
  locale,
  text,
}: {
  userId: string
  timeZone: string
  locale: TLocale
  text: TText
}) {
  const [state, setState] = useState<TState>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetchMyBookmarks(locale, controller.signal).then((list) => {
      if (controller.signal.aborted) return
      setState(list ? { kind: 'ready', ...list } : { kind: 'error' })
    })
    return () => controller.abort()
  }, [userId, locale, attempt])

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
      setNotice({
        text: formatMessage(text.removed, { title: titleOf(entry, text) }),
        error: false,
      })
    })
    focus()

    const outcome = await deleteBookmark(entry.id)
    if (outcome.ok) return
    if (outcome.reason === 'login') {
      window.location.assign(
        localizedPath(locale, withNext('/login', localizedPath(locale, '/account'))),
      )
      return
    }
    // Put it back where it was, and say why.
    setState((current) => {
      if (current.kind !== 'ready') return current
      const entries = [...current.entries]
      entries.splice(Math.min(index, entries.length), 0, entry)
      return { ...current, entries, total: current.total + 1 }
    })
    const reason = outcome.reason === 'network' ? text.networkError : text.tryLater
    const failed = formatMessage(text.removeFailedFor, { title: titleOf(entry, text), reason })
    setNotice({ text: failed, error: true })
  }

  return (
    <section className={styles.section} aria-labelledby="bookmarks-heading">
      <h2 id="bookmarks-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {text.myBookmarks}
        {state.kind === 'ready' ? (
          <span className={styles.count}>{formatMessage(text.count, { count: state.total })}</span>
        ) : null}
      </h2>
      <p role="status" className={notice?.error ? styles.error : styles.status}>
        {notice?.text}
      </p>
      {state.kind === 'loading' ? <p className={styles.empty}>{text.loading}</p> : null}
      {state.kind === 'error' ? (
        <div className={styles.empty}>
          <p>{text.loadFailed}</p>
          <button type="button" className={styles.button} onClick={() => setAttempt((n) => n + 1)}>
            {text.retry}
          </button>
        </div>
      ) : null}
      {state.kind === 'ready' && state.entries.length === 0 ? (
        <p className={styles.empty}>
          {text.empty}
          <PageLink href={localizedPath(locale, '/')}>{text.emptyLink}</PageLink>
        </p>
      ) : null}
      {state.kind === 'ready' && state.entries.length > 0 ? (
        <ul className={styles.list} ref={listRef}>
          {state.entries.map((entry, index) => (
            <li key={entry.id} className={styles.item}>
              <BookmarkEntry entry={entry} timeZone={timeZone} locale={locale} text={text} />
              <button
                type="button"
                className={styles.button}
                onClick={() => remove(entry, index)}
                aria-label={formatMessage(text.removeArticle, { title: titleOf(entry, text) })}
              >
                {text.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {state.kind === 'ready' && state.total > state.entries.length ? (
        <p className={styles.more}>
          {formatMessage(text.showingRecent, { count: state.entries.length })}
        </p>
      ) : null}
    </section>
  )
}

function BookmarkEntry({
  entry,
  timeZone,
  locale,
  text,
}: {
  entry: TBookmarkEntry
  timeZone: string
  locale: TLocale
  text: TText
}) {
  const { article } = entry
  if (!article) {
    return (
      <div className={styles.text}>
        <h3 className={styles.title}>{titleOf(entry, text)}</h3>
        <p className={styles.summary}>{text.offlineSummary}</p>
      </div>
    )
  }
  return (
    <div className={styles.text}>
      {/* An article without a version in this edition is listed, and read, in zh-CN. */}
      <h3 className={styles.title} lang={article.edition === locale ? undefined : article.edition}>
        {article.slug ? (
          <PageLink href={localizedPath(article.edition, `/articles/${article.slug}`)}>
            {article.title}
          </PageLink>
        ) : (
          article.title
        )}
      </h3>
      {article.summary ? (
        <p
          className={styles.summary}
          lang={article.edition === locale ? undefined : article.edition}
        >
          {article.summary}
        </p>
      ) : null}
      {article.publishedAt ? (
        <p className={styles.meta}>
          {text.publishedAt}{' '}
          <time dateTime={article.publishedAt}>
            {formatDateTimeShort(article.publishedAt, timeZone, locale)}
          </time>
        </p>
      ) : null}
    </div>
  )
}
