import enDisclaimer from '@/messages/en/disclaimer.json'
import enFeed from '@/messages/en/feed.json'
import enSite from '@/messages/en/site.json'
import enStatus from '@/messages/en/status.json'
import zhCNDisclaimer from '@/messages/zh-CN/disclaimer.json'
import zhCNFeed from '@/messages/zh-CN/feed.json'
import zhCNSite from '@/messages/zh-CN/site.json'
import zhCNStatus from '@/messages/zh-CN/status.json'
import zhTWDisclaimer from '@/messages/zh-TW/disclaimer.json'
import zhTWFeed from '@/messages/zh-TW/feed.json'
import zhTWSite from '@/messages/zh-TW/site.json'
import zhTWStatus from '@/messages/zh-TW/status.json'

import type { TLocale } from './locales'

/**
 * The portal's interface text per edition, one JSON file per namespace under messages/<locale>/.
 * zh-CN is the source: its shape is the type every edition must match, and
 * tests/unit/message-catalogs.test.ts fails on a key or placeholder that one edition lacks.
 * Client components get their text as props from a server parent, so the browser loads no
 * message catalog and no ICU parser; the error page, which has no server parent, imports its
 * own namespace (status) directly.
 */
const zhCN = { site: zhCNSite, disclaimer: zhCNDisclaimer, feed: zhCNFeed, status: zhCNStatus }
export type TMessages = typeof zhCN

export const MESSAGES: Record<TLocale, TMessages> = {
  'zh-CN': zhCN,
  'zh-TW': { site: zhTWSite, disclaimer: zhTWDisclaimer, feed: zhTWFeed, status: zhTWStatus },
  en: { site: enSite, disclaimer: enDisclaimer, feed: enFeed, status: enStatus },
}
