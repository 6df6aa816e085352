import type { Metadata, Viewport } from 'next'
import { getTranslations } from 'next-intl/server'
import type React from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { AccountLinkIsland } from '@/components/account/AccountLinkIsland.client'
import { accountLinkTextOf } from '@/components/account/accountLinkText'
import { FoldNoScript } from '@/components/article/FoldNoScript'
import { StatusTextProvider } from '@/components/portal/StatusText.client'
import { displaySettings } from '@/lib/display'
import { getEnv } from '@/lib/env'
import { marketColorVariables, upColorOf } from '@/lib/format/colors'
import { editionStaticParams, layoutEditionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { messagesFor } from '@/lib/i18n/messages'
import './globals.css'
import './routeStyles'

type TProps = { params: Promise<TEditionParams> }

/** The three editions' shells are known at build time; their pages render on first request. */
export const generateStaticParams = editionStaticParams

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await layoutEditionOf(params), namespace: 'site' })
  return {
    metadataBase: new URL(displaySettings().siteUrl),
    title: { default: t('title'), template: '%s · Newsroom' },
    description: t('description'),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b42318' }

/**
 * The portal's shell, one per edition (its language is in the URL, app/(frontend)/[edition]). It
 * reads no cookies, so every page under it can be cached for everyone.
 */
export default async function FrontendLayout({
  children,
  params,
}: TProps & { children: React.ReactNode }) {
  const locale = await layoutEditionOf(params)
  const t = await getTranslations({ locale, namespace: 'site' })
  const messages = messagesFor(locale)
  return (
    <html lang={locale} style={marketColorVariables(upColorOf(locale, getEnv()))}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <FoldNoScript />
        <SiteHeader
          locale={locale}
          accountSlot={<AccountLinkIsland locale={locale} text={accountLinkTextOf(messages)} />}
        />
        <StatusTextProvider locale={locale} text={messages.status}>
          {children}
        </StatusTextProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
