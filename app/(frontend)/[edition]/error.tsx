'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useStatusText } from '@/components/portal/StatusText.client'
import { DEFAULT_LOCALE, localizedPath } from '@/lib/i18n/locales'
import fallback from '@/messages/zh-CN/status.json'

import styles from './status-page.module.css'

/** A failure while rendering a page: say so in the page's language and offer a retry. */
export default function PortalError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  // The layout's text, or zh-CN's should the failure have come before it.
  const { locale, text } = useStatusText() ?? { locale: DEFAULT_LOCALE, text: fallback }
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
