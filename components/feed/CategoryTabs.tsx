import { PageLink } from '@/components/portal/PageLink'

import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TTab } from '@/lib/queries/findTags'
import styles from './CategoryTabs.module.css'
import { ScrollFadeList } from './ScrollFadeList.client'

/**
 * 全部 plus one tab per tag, in the order editors set; an editor adding a tag adds a tab. On a phone
 * the strip scrolls sideways, and its edges fade while there is more that way.
 */
export function CategoryTabs({
  locale,
  tabs,
  active,
  text,
}: {
  locale: TLocale
  tabs: TTab[]
  active: string | null
  text: TMessages['feed']
}) {
  const items = [
    { slug: null, name: text.all, href: localizedPath(locale, '/') },
    ...tabs.map((tab) => ({ ...tab, href: localizedPath(locale, `/tag/${tab.slug}`) })),
  ]
  return (
    <nav className={styles.tabs} aria-label={text.categories}>
      <ScrollFadeList className={styles.strip}>
        {items.map((item) => (
          <li key={item.href}>
            <PageLink href={item.href} aria-current={item.slug === active ? 'page' : undefined}>
              {item.name}
            </PageLink>
          </li>
        ))}
      </ScrollFadeList>
    </nav>
  )
}
