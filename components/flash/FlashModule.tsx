import { PageLink } from '@/components/portal/PageLink'
import { displaySettings } from '@/lib/display'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getLatestFlashes } from '@/lib/queries/flashes'

import { FlashList } from './FlashList'
import styles from './FlashModule.module.css'

/**
 * 快讯 beside the feed and the articles: the latest ten, as the portals' sidebars show them. Part
 * of the page's cached HTML (the flash-lists tag renews it); nothing personal, so no script.
 */
export async function FlashModule({ locale }: { locale: TLocale }) {
  const { items } = await getLatestFlashes(locale)
  if (items.length === 0) return null
  const text = messagesFor(locale).flash
  return (
    <section className={styles.module} aria-labelledby="flash-module-title">
      <h2 id="flash-module-title" className={styles.title}>
        <PageLink href={localizedPath(locale, '/flash')}>{text.moduleTitle}</PageLink>
      </h2>
      <FlashList
        flashes={items}
        locale={locale}
        timeZone={displaySettings().timeZone}
        text={text}
      />
      <p className={styles.all}>
        <PageLink href={localizedPath(locale, '/flash')}>{text.viewAll}</PageLink>
      </p>
    </section>
  )
}
