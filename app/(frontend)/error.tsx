'use client'

import { usePathname } from 'next/navigation'

import { PageLink } from '@/components/portal/PageLink'
import { localizedPath, splitLocalePath, type TLocale } from '@/lib/i18n/locales'
import en from '@/messages/en/status.json'
import zhCN from '@/messages/zh-CN/status.json'
import zhTW from '@/messages/zh-TW/status.json'

import styles from './status-page.module.css'

// An error boundary has no server parent to hand it its text: it brings its own (one namespace).
const TEXT: Record<TLocale, typeof zhCN> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en }

/** A failure while rendering a page: say so in the page's language and offer a retry. */
export default function PortalError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const { locale } = splitLocalePath(usePathname() ?? '/')
  const text = TEXT[locale]
  return (
    <main id="main" className={styles.page}>
      <h1>{text.errorTitle}</h1>
      <p>{text.errorText}</p>
      <p>
        <button type="button" onClick={reset}>
          {text.retry}
        </button>{' '}
        <PageLink href={localizedPath(locale, '/')}>{text.backHome}</PageLink>
      </p>
    </main>
  )
}
