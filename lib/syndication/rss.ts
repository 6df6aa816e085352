import { localizedPath, type TLocale } from '@/lib/i18n/locales'

import { absoluteUrl, element, escapeXml, rfc822, XML_DECLARATION } from './xml'

/** How many items a feed carries: enough for a reader polling every few hours on a busy day. */
export const RSS_ITEM_LIMIT = 50

export type TRssItem = {
  /** The item's page, as a path inside the edition (`/articles/<slug>`, `/flash/<id>`). */
  path: string
  title: string
  summary: string
  publishedAt: string
  tags: string[]
}

export type TRssChannel = {
  siteUrl: string
  /** The edition: the channel's language and where its links lead. */
  locale: TLocale
  title: string
  description: string
  /** The HTML page this feed mirrors, as a path inside the edition (`/`, `/tag/defi`). */
  path: string
  /** The feed's own path inside the edition, announced with atom:link so validators accept it. */
  selfPath: string
}

function itemXml(channel: TRssChannel, item: TRssItem): string {
  const link = absoluteUrl(channel.siteUrl, localizedPath(channel.locale, item.path))
  return [
    '<item>',
    element('title', item.title),
    element('link', link),
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    element('pubDate', rfc822(item.publishedAt)),
    element('description', item.summary),
    ...item.tags.map((tag) => element('category', tag)),
    '</item>',
  ].join('')
}

/** An RSS 2.0 document. lastBuildDate is the newest item's time, so the body is stable per change. */
export function buildRss(channel: TRssChannel, items: TRssItem[], now = new Date()): string {
  const lastBuild = items[0]?.publishedAt ?? now.toISOString()
  const self = absoluteUrl(channel.siteUrl, localizedPath(channel.locale, channel.selfPath))
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', absoluteUrl(channel.siteUrl, localizedPath(channel.locale, channel.path))),
    element('description', channel.description),
    element('language', channel.locale),
    element('lastBuildDate', rfc822(lastBuild)),
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...items.map((item) => itemXml(channel, item)),
    '</channel>',
    '</rss>',
  ].join('\n')
}
