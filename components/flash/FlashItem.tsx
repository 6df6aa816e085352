import { PageLink } from '@/components/portal/PageLink'
import { withNext } from '@/lib/account/safeNext'
import { timeOfDay } from '@/lib/flash/days'
import { flashHeadline } from '@/lib/flash/headline'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TFlashItem } from '@/lib/queries/findFlashes'

import { FlashCoinChips } from './FlashCoinChips.client'
import { FlashText } from './FlashText'
import { FlashVotes } from './FlashVotes.client'
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
  market,
  headingLevel = 3,
}: {
  flash: TFlashItem
  locale: TLocale
  timeZone: string
  text: TMessages['flash']
  /** The market badges' words (示例数据, 数据延迟) beside the coins' figures. */
  market: TMessages['market']
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
      <div className={styles.footer}>
        <FlashVotes
          flashId={flash.id}
          label={flashHeadline(flash)}
          text={text}
          loginHref={localizedPath(locale, withNext('/login', href))}
        />
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
        <FlashCoinChips
          coins={flash.coins}
          pricesAtPublish={flash.pricesAtPublish}
          locale={locale}
          text={text}
          market={market}
        />
      </div>
    </article>
  )
}
