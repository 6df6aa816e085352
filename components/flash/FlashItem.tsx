import { PageLink } from '@/components/portal/PageLink'
import { timeOfDay } from '@/lib/flash/days'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TFlashItem } from '@/lib/queries/findFlashes'

import { FlashText } from './FlashText'
import styles from './FlashItem.module.css'

export const flashPath = (locale: TLocale, id: string) => localizedPath(locale, `/flash/${id}`)

/**
 * One 快讯 on the timeline and its permalink: the time to the second (a link to the permalink),
 * 重要 in the accent colour, the title, the text with its links, the source and the coins.
 */
export function FlashItem({
  flash,
  locale,
  timeZone,
  text,
  headingLevel = 3,
}: {
  flash: TFlashItem
  locale: TLocale
  timeZone: string
  text: TMessages['flash']
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = flashPath(locale, flash.id)
  return (
    <article className={flash.important ? `${styles.item} ${styles.important}` : styles.item}>
      <p className={styles.meta}>
        {flash.publishedAt ? (
          <PageLink href={href} className={styles.time}>
            <time dateTime={flash.publishedAt}>{timeOfDay(flash.publishedAt, timeZone)}</time>
          </PageLink>
        ) : null}
        {flash.important ? <span className={styles.badge}>{text.important}</span> : null}
        {flash.categories.map((category) => (
          <span key={category.id} className={styles.category}>
            {category.name}
          </span>
        ))}
      </p>
      {flash.title ? (
        <Heading className={styles.title}>
          <PageLink href={href}>{flash.title}</PageLink>
        </Heading>
      ) : null}
      <p className={styles.text}>
        <FlashText text={flash.text} />
      </p>
      {flash.source?.url || flash.coins.length > 0 ? (
        <div className={styles.footer}>
          {flash.source?.url ? (
            <a
              className={styles.source}
              href={flash.source.url}
              rel="nofollow ugc noopener noreferrer"
              target="_blank"
            >
              {text.source}: {flash.source.name ?? new URL(flash.source.url).hostname}
            </a>
          ) : null}
          {flash.coins.length > 0 ? (
            <ul className={styles.coins} aria-label={text.coins}>
              {flash.coins.map((coin) => (
                <li key={coin.id} title={coin.nameZh ?? coin.name}>
                  {coin.symbol}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </article>
  )
}
