import { getTranslations } from 'next-intl/server'

import { PageLink } from '@/components/portal/PageLink'
import type { TLocale } from '@/lib/i18n/locales'

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
        <PageLink href="/" className={styles.logo}>
          Newsroom<span className={styles.tagline}>{t('tagline')}</span>
        </PageLink>
        <nav aria-label={t('mainNavigation')} className={styles.nav}>
          <PageLink href="/">{t('home')}</PageLink>
          <PageLink href="/watchlist">{t('watchlist')}</PageLink>
          {accountSlot}
        </nav>
      </div>
    </header>
  )
}
