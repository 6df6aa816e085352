import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageLink } from '@/components/portal/PageLink'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

import styles from './status-page.module.css'

const locale = DEFAULT_LOCALE

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'status' })
  return { title: t('notFoundTitle'), robots: { index: false } }
}

export default async function NotFound() {
  const t = await getTranslations({ locale, namespace: 'status' })
  return (
    <main id="main" className={styles.page}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <PageLink href="/">{t('backHome')}</PageLink>
      </p>
    </main>
  )
}
