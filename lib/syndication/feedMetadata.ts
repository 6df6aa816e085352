import type { Metadata } from 'next'

import { OG_LOCALE, rssAlternates, SITE_NAME } from './seo'

export const HOME_TITLE = 'Newsroom · 加密与 Web3 新闻'
const HOME_DESCRIPTION =
  '加密货币与 Web3 行业新闻、深度研究与行情:DeFi、以太坊、比特币 L2、DAO、Meme 等。'

/**
 * Canonical, RSS alternates, Open Graph and Twitter card of a feed page (全部 or one tag). Paths
 * stay relative: the layout's metadataBase (SITE_URL) makes them absolute.
 */
export function feedMetadata(options: {
  title: string
  path: string
  description?: string
  tag?: { name: string; slug: string }
  absoluteTitle?: boolean
}): Metadata {
  const description = options.description ?? HOME_DESCRIPTION
  const socialTitle = options.absoluteTitle ? options.title : `${options.title} · ${SITE_NAME}`
  return {
    title: options.absoluteTitle ? { absolute: options.title } : options.title,
    description,
    alternates: { canonical: options.path, types: rssAlternates(options.tag) },
    openGraph: {
      type: 'website',
      url: options.path,
      siteName: SITE_NAME,
      locale: OG_LOCALE,
      title: socialTitle,
      description,
    },
    twitter: { card: 'summary', title: socialTitle, description },
  }
}
