import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { AccountLinkIsland } from '@/components/account/AccountLinkIsland.client'
import { FoldNoScript } from '@/components/article/FoldNoScript'
import { displaySettings } from '@/lib/display'
import { marketColorVariables } from '@/lib/format/colors'
import './globals.css'
import './routeStyles'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(displaySettings().siteUrl),
    title: { default: 'Newsroom · 加密与 Web3 新闻', template: '%s · Newsroom' },
    description: '加密货币与 Web3 行业新闻、深度研究与行情:DeFi、以太坊、比特币 L2、DAO、Meme 等。',
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b42318' }

/** The portal's shell. It reads no cookies, so every page under it can be cached for everyone. */
export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN" style={marketColorVariables}>
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <FoldNoScript />
        <SiteHeader accountSlot={<AccountLinkIsland />} />
        {children}
        <SiteFooter />
      </body>
    </html>
  )
}
