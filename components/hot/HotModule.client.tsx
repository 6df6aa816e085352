'use client'

import { useEffect, useId, useState } from 'react'

import { PageLink } from '@/components/portal/PageLink'
import { callApi } from '@/lib/browser/apiClient'
import type { THotEntry } from '@/lib/hot/hotContract'
import { HOT_WINDOWS, type THotWindow } from '@/lib/hot/hours'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { HotList, type THotText } from './HotList'
import styles from './HotModule.module.css'

type TState =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; entries: THotEntry[] }

/** The answer of GET /hot-items, checked by hand: this ships on every page (no zod here). */
function entriesOf(body: unknown): THotEntry[] | null {
  const items = (body as { items?: unknown } | null)?.items
  if (!Array.isArray(items)) return null
  const valid = items.every((item: unknown) => {
    const entry = item as Partial<THotEntry> | null
    return (
      typeof entry?.slug === 'string' &&
      typeof entry.title === 'string' &&
      typeof entry.views === 'number'
    )
  })
  return valid ? (items as THotEntry[]) : null
}

/**
 * 热门 beside the feed and the articles: the ten most read of the last 24 hours or 7 days. The
 * pages around it are cached for up to an hour, so the browser loads the list (GET /hot-items,
 * shared by every reader and at most a minute old) instead of the page carrying a stale one.
 */
export function HotModule({ locale, text }: { locale: TLocale; text: THotText }) {
  const [span, setSpan] = useState<THotWindow>('24h')
  const [state, setState] = useState<TState>({ status: 'loading' })
  const titleId = useId()

  useEffect(() => {
    const abort = new AbortController()
    void callApi(`/hot-items?locale=${locale}&window=${span}`, { signal: abort.signal }).then(
      (answer) => {
        if (abort.signal.aborted) return
        const entries = 'networkError' in answer || !answer.ok ? null : entriesOf(answer.body)
        setState(entries ? { status: 'ready', entries } : { status: 'error' })
      },
    )
    return () => abort.abort()
  }, [locale, span])

  const label = (option: THotWindow) => (option === '24h' ? text.day : text.week)
  return (
    <section className={styles.module} aria-labelledby={titleId} data-testid="hot-module">
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          <PageLink href={localizedPath(locale, '/hot')}>{text.title}</PageLink>
        </h2>
        <div className={styles.windows} role="tablist" aria-label={text.windows}>
          {HOT_WINDOWS.map((option) => (
            <button
              key={option}
              type="button"
              role="tab"
              className={styles.window}
              // Not aria-pressed: that marks the reader's own state (收藏) across the portal.
              aria-selected={option === span}
              onClick={() => {
                if (option === span) return
                setSpan(option)
                setState({ status: 'loading' })
              }}
            >
              {label(option)}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" aria-label={label(span)} aria-busy={state.status === 'loading'}>
        {state.status === 'loading' ? <p className={styles.note}>{text.loading}</p> : null}
        {state.status === 'error' ? <p className={styles.note}>{text.unavailable}</p> : null}
        {state.status === 'ready' ? (
          <HotList entries={state.entries} locale={locale} text={text} />
        ) : null}
      </div>
      <p className={styles.all}>
        <PageLink href={localizedPath(locale, span === '24h' ? '/hot' : '/hot/7d')}>
          {text.viewAll}
        </PageLink>
      </p>
    </section>
  )
}
