import { PageLink } from '@/components/portal/PageLink'
import { flashHeadline } from '@/lib/flash/headline'
import { timeOfDay } from '@/lib/flash/days'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TFlashItem } from '@/lib/queries/findFlashes'

import { flashPath } from './FlashItem'
import styles from './FlashList.module.css'

/** A compact list of flashes, time and headline (the 快讯 module, 更多快讯). */
export function FlashList({
  flashes,
  locale,
  timeZone,
  text,
}: {
  flashes: TFlashItem[]
  locale: TLocale
  timeZone: string
  text: TMessages['flash']
}) {
  return (
    <ol className={styles.list}>
      {flashes.map((flash) => (
        <li key={flash.id} className={flash.important ? styles.important : undefined}>
          {flash.publishedAt ? (
            <time className={styles.time} dateTime={flash.publishedAt}>
              {timeOfDay(flash.publishedAt, timeZone).slice(0, 5)}
            </time>
          ) : null}
          <PageLink href={flashPath(locale, flash.id)} className={styles.headline}>
            {flash.important ? <span className="visually-hidden">{text.important}: </span> : null}
            {flashHeadline(flash)}
          </PageLink>
        </li>
      ))}
    </ol>
  )
}
