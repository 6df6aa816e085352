'use client'

import { PageLink } from '@/components/portal/PageLink'

import { useImportAfterMount } from '@/components/lazy/useImportAfterMount'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TAccountLinkText } from './accountLinkText'
import styles from './AccountLink.module.css'

const loadAccountLink = () => import('./AccountLink.client')

/**
 * The header's account corner on every portal page. AccountLink asks who is signed in and builds
 * the return path with lib/account's zod schemas; it is imported after hydration so zod is not
 * parsed and run inside the page's hydration task. Until then (and if its script fails to load)
 * this shows exactly what AccountLink shows before it knows the user: 登录 / 注册.
 */
export function AccountLinkIsland({ locale, text }: { locale: TLocale; text: TAccountLinkText }) {
  const loaded = useImportAfterMount(loadAccountLink)
  if (loaded.status === 'ready') return <loaded.module.AccountLink locale={locale} text={text} />
  return (
    <span className={styles.root}>
      <PageLink href={localizedPath(locale, '/login')} className={styles.login}>
        {text.login}
      </PageLink>
      <PageLink href={localizedPath(locale, '/register')} className={styles.register}>
        {text.register}
      </PageLink>
    </span>
  )
}
