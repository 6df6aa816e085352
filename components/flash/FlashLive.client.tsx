'use client'

import { useEffect, useRef, useState } from 'react'

import { FLASH_POLL_MS, isNewer, LATEST_FLASH_ITEMS } from '@/lib/flash/liveContract'
import { formatMessage } from '@/lib/i18n/format'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TFlashItem } from '@/lib/queries/findFlashes'

import { FlashItem } from './FlashItem'
import styles from './FlashLive.module.css'

type TNewest = Pick<TFlashItem, 'id' | 'publishedAt'> | null

/** The answer's items, checked by hand: zod stays out of the timeline's scripts. */
function itemsOf(body: unknown): TFlashItem[] | null {
  if (typeof body !== 'object' || body === null || !('items' in body)) return null
  const { items } = body
  if (!Array.isArray(items)) return null
  const valid = items.every(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      'id' in item &&
      typeof item.id === 'string' &&
      'text' in item &&
      typeof item.text === 'string' &&
      'publishedAt' in item &&
      typeof item.publishedAt === 'string',
  )
  return valid ? (items as TFlashItem[]) : null
}

/**
 * "N 条新快讯" on an open /flash: asks GET /flash-items every few seconds while the tab is
 * visible (one shared, edge-cached URL per edition and filter), counts what is newer than the
 * newest item shown, and on a click puts those on top, in place. More than one answer holds and
 * the click loads the page afresh instead.
 */
export function FlashLive({
  locale,
  filter,
  newest,
  timeZone,
  text,
  market,
}: {
  locale: TLocale
  /** `?filter=` of the timeline; null for 全部. */
  filter: string | null
  newest: TNewest
  timeZone: string
  text: TMessages['flash']
  market: TMessages['market']
}) {
  const [waiting, setWaiting] = useState<TFlashItem[]>([])
  const [overflow, setOverflow] = useState(false)
  const [shown, setShown] = useState<TFlashItem[]>([])
  const newestShown = useRef<TNewest>(newest)

  useEffect(() => {
    const query = new URLSearchParams({ locale })
    if (filter) query.set('filter', filter)
    let timer: number | undefined
    let stopped = false
    const poll = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const response = await fetch(`/flash-items?${query}`, { cache: 'no-store' })
          const items = response.ok ? itemsOf(await response.json()) : null
          if (items && !stopped) {
            const latest = newestShown.current
            const fresh = latest ? items.filter((item) => isNewer(item, latest)) : items
            setWaiting(fresh)
            setOverflow(fresh.length >= LATEST_FLASH_ITEMS)
          }
        } catch {
          // Offline for a moment: the next poll tries again.
        }
      }
      // A little jitter, so readers who opened the page together do not ask together forever.
      if (!stopped) timer = window.setTimeout(poll, FLASH_POLL_MS + Math.random() * 1000)
    }
    timer = window.setTimeout(poll, FLASH_POLL_MS)
    return () => {
      stopped = true
      window.clearTimeout(timer)
    }
  }, [locale, filter])

  function showWaiting() {
    if (overflow) {
      window.location.reload()
      return
    }
    const [first] = waiting
    if (first) newestShown.current = first
    setShown((current) => [...waiting, ...current])
    setWaiting([])
  }

  return (
    <>
      <div role="status" className={styles.notice}>
        {waiting.length > 0 ? (
          <button type="button" className={styles.button} onClick={showWaiting}>
            {formatMessage(overflow ? text.newItemsMany : text.newItems, {
              count: waiting.length,
            })}
          </button>
        ) : null}
      </div>
      {shown.length > 0 ? (
        <ol className={styles.items}>
          {shown.map((flash) => (
            <li key={flash.id}>
              <FlashItem
                flash={flash}
                locale={locale}
                timeZone={timeZone}
                text={text}
                market={market}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  )
}
