import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AccountDashboard } from '@/components/account/AccountDashboard.client'
import { displaySettings } from '@/lib/display'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'account' })
  return {
    title: t('accountTitle'),
    description: t('accountDescription'),
    robots: { index: false },
  }
}

/**
 * The same static HTML for everyone: it reads no cookie. The dashboard loads the account and the
 * bookmarks in the browser, and sends a visitor to the login page.
 */
export default function AccountPage() {
  const { account, bookmarks } = messagesFor(DEFAULT_LOCALE)
  return <AccountDashboard timeZone={displaySettings().timeZone} text={{ account, bookmarks }} />
}
