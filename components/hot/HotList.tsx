import { PageLink } from '@/components/portal/PageLink'
import type { THotEntry } from '@/lib/hot/hotContract'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import styles from './HotList.module.css'

export type THotText = TMessages['hot']

/** A numbered 热门 list: rank, title (a link to the article) and its views in the window. */
export function HotList({
  entries,
  locale,
  text,
}: {
  entries: THotEntry[]
  locale: TLocale
  text: THotText
}) {
  if (entries.length === 0) return <p className={styles.empty}>{text.empty}</p>
  return (
    <ol className={styles.list}>
      {entries.map((entry) => (
        <li key={entry.slug} className={styles.item}>
          <PageLink
            className={styles.link}
            href={localizedPath(locale, `/articles/${encodeURIComponent(entry.slug)}`)}
          >
            {entry.title}
          </PageLink>
          <span className={styles.views}>{formatMessage(text.views, { count: entry.views })}</span>
        </li>
      ))}
    </ol>
  )
}
