'use client'

import { useEffect, useRef } from 'react'

/**
 * A horizontally scrolling list whose edges fade while there is more to scroll that way (the CSS
 * of its class draws the fades). Where the browser has scroll-driven animations the CSS does it
 * all and this adds nothing; elsewhere (older WebViews, Firefox) it marks the list
 * `data-more-start` / `data-more-end` as it scrolls or the window resizes.
 */
export function ScrollFadeList({
  className,
  children,
}: {
  className?: string
  children: React.ReactNode
}) {
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const element = list.current
    if (!element || CSS.supports('animation-timeline: scroll()')) return
    let frame = 0
    const mark = () => {
      frame = 0
      const end = element.scrollWidth - element.clientWidth
      element.toggleAttribute('data-more-start', element.scrollLeft > 1)
      element.toggleAttribute('data-more-end', element.scrollLeft < end - 1)
    }
    const markSoon = () => {
      frame ||= requestAnimationFrame(mark)
    }
    mark()
    element.addEventListener('scroll', markSoon, { passive: true })
    window.addEventListener('resize', markSoon)
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', markSoon)
      window.removeEventListener('resize', markSoon)
    }
  }, [])

  return (
    <ul ref={list} className={className}>
      {children}
    </ul>
  )
}
