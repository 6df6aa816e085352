import { PageLink } from '@/components/portal/PageLink'

import { formatDateTimeShort } from '@/lib/format/datetime'
import type { TLocale } from '@/lib/i18n/locales'
import type { TSearchHitView } from '@/lib/search/siteSearch'
import type { TSnippetPart } from '@/lib/search/snippet'

import styles from './SearchHits.module.css'

/** The snippet with the reader's words in `<mark>` (the browser says "highlighted" for them). */
function Snippet({ parts }: { parts: TSnippetPart[] }) {
  return (
    <p className={styles.snippet}>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  )
}

/** One page of hits: each a title link, the marked snippet and when it was published. */
export function SearchHits({
  hits,
  locale,
  timeZone,
}: {
  hits: TSearchHitView[]
  locale: TLocale
  timeZone: string
}) {
  return (
    <ol className={styles.hits}>
      {hits.map((hit) => (
        <li key={hit.href} className={styles.hit}>
          <h3 className={styles.title}>
            <PageLink href={hit.href}>{hit.title}</PageLink>
          </h3>
          <Snippet parts={hit.snippet} />
          <time className={styles.time} dateTime={hit.publishedAt}>
            {formatDateTimeShort(hit.publishedAt, timeZone, locale)}
          </time>
        </li>
      ))}
    </ol>
  )
}
