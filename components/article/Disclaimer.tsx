import { getTranslations } from 'next-intl/server'

import type { TLocale } from '@/lib/i18n/locales'

import styles from './Disclaimer.module.css'

/** Shown with every article and feed: nothing here is trading advice. */
export async function Disclaimer({ locale }: { locale: TLocale }) {
  const t = await getTranslations({ locale, namespace: 'disclaimer' })
  return (
    <aside className={styles.disclaimer} aria-label={t('label')}>
      <strong>{t('title')}</strong>
      {t('text')}
    </aside>
  )
}
