import { getTranslations } from 'next-intl/server'

import { PageLink } from '@/components/portal/PageLink'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'

import { EditionSwitcher } from './EditionSwitcher.client'
import { HeaderSearch } from './HeaderSearch'

import styles from './SiteHeader.module.css'

export async function SiteHeader({
  locale,
  accountSlot,
}: {
  locale: TLocale
  accountSlot?: React.ReactNode
}) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <PageLink href={localizedPath(locale, '/')} className={styles.logo}>
          Newsroom<span className={styles.tagline}>{t('tagline')}</span>
        </PageLink>
        <HeaderSearch locale={locale} text={messagesFor(locale).search} />
        <nav aria-label={t('mainNavigation')} className={styles.nav}>
          <PageLink href={localizedPath(locale, '/')} className={styles.home}>
            {t('home')}
          </PageLink>
          <PageLink href={localizedPath(locale, '/flash')}>{t('flash')}</PageLink>
          <PageLink href={localizedPath(locale, '/watchlist')}>
            <span className={styles.long}>{t('watchlist')}</span>
            <span className={styles.short} aria-hidden="true">
              {t('watchlistShort')}
            </span>
          </PageLink>
          {accountSlot}
          <EditionSwitcher locale={locale} label={t('language')} />
        </nav>
      </div>
    </header>
  )
}
