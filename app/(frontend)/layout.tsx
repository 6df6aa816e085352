import type { Metadata, Viewport } from 'next'
import { getTranslations } from 'next-intl/server'
import type React from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { AccountLinkIsland } from '@/components/account/AccountLinkIsland.client'
import { FoldNoScript } from '@/components/article/FoldNoScript'
import { displaySettings } from '@/lib/display'
import { getEnv } from '@/lib/env'
import { marketColorVariables, upColorOf } from '@/lib/format/colors'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import './globals.css'
import './routeStyles'

/** The portal is zh-CN only until the editions have their routes (the zh-TW and en catalogs exist). */
const locale = DEFAULT_LOCALE

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(displaySettings().siteUrl),
    title: { default: t('title'), template: '%s · Newsroom' },
    description: t('description'),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b42318' }

/** The portal's shell. It reads no cookies, so every page under it can be cached for everyone. */
export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <html lang={locale} style={marketColorVariables(upColorOf(locale, getEnv()))}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <FoldNoScript />
        <SiteHeader
          locale={locale}
          accountSlot={<AccountLinkIsland text={messagesFor(locale).account} />}
        />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
