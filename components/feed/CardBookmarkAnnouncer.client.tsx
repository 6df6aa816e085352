'use client'

import { useCardBookmarkAnnouncement } from './cardBookmarkStore'

/** One live region for every card's 收藏 (already on the page, so screen readers hear changes). */
export function CardBookmarkAnnouncer() {
  return (
    <p className="visually-hidden" aria-live="polite">
      {useCardBookmarkAnnouncement()}
    </p>
  )
}
