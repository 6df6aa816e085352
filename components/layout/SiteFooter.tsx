import { getTranslations } from 'next-intl/server'

import type { TLocale } from '@/lib/i18n/locales'

import styles from './SiteFooter.module.css'

export async function SiteFooter({ locale }: { locale: TLocale }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <footer className={styles.footer}>
      <p>{t('footer')}</p>
    </footer>
  )
}
