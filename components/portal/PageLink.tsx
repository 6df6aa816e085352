import Link from 'next/link'
import type { ComponentProps } from 'react'

/**
 * A portal link that navigates in the app but does not prefetch. next/link prefetches every link
 * that scrolls into view: on a feed page that is 20 articles, 14 tabs and the header, most of
 * which a reader never opens. On a phone those answers compete with the page's own scripts for a
 * slow connection, and handling them keeps the main thread busy just when the page should become
 * usable (Lighthouse's mobile total blocking time). Every portal page is in the page cache, so
 * the one request a click makes is answered at once.
 */
export function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />
}
