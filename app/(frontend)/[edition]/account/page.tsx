import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AccountDashboard } from '@/components/account/AccountDashboard.client'
import { displaySettings } from '@/lib/display'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { pageAlternates } from '@/lib/syndication/seo'
import { messagesFor } from '@/lib/i18n/messages'

type TProps = { params: Promise<TEditionParams> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const t = await getTranslations({ locale, namespace: 'account' })
  return {
    title: t('accountTitle'),
    description: t('accountDescription'),
    robots: { index: false },
    alternates: pageAlternates({ locale, path: '/account' }),
  }
}

/**
 * The same static HTML for everyone: it reads no cookie. The dashboard loads the account and the
 * bookmarks in the browser, and sends a visitor to the login page.
 */
export default async function AccountPage({ params }: TProps) {
  const locale = await editionOf(params)
  const { account, bookmarks, forms } = messagesFor(locale)
  return (
    <AccountDashboard
      timeZone={displaySettings().timeZone}
      locale={locale}
      text={{ account, bookmarks, forms }}
    />
  )
}
