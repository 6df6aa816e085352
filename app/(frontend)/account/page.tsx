import type { Metadata } from 'next'

import { AccountDashboard } from '@/components/account/AccountDashboard.client'
import { displaySettings } from '@/lib/display'

export const metadata: Metadata = {
  title: '我的账户',
  description: '查看账户信息，管理我的收藏。',
  robots: { index: false },
}

/**
 * The same static HTML for everyone: it reads no cookie. The dashboard loads the account and the
 * bookmarks in the browser, and sends a visitor to the login page.
 */
export default function AccountPage() {
  return <AccountDashboard timeZone={displaySettings().timeZone} />
}
