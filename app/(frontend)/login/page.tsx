import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { LoginForm } from '@/components/account/LoginForm.client'
import { safeNextPath } from '@/lib/account/safeNext'

export const metadata: Metadata = {
  title: '登录',
  description: '登录 Newsroom 账户，同步你的收藏和自选币种。',
  robots: { index: false },
}

/**
 * Rendered per request (no shared cache keeps /login, see lib/cachePolicy.ts): `?next=` goes into
 * the form on the server, so a submit without JavaScript returns to it as well.
 */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { next } = await searchParams
  return (
    <AuthCard title="登录" lead="登录后可以收藏文章、管理我的自选。">
      <LoginForm next={safeNextPath(next)} />
    </AuthCard>
  )
}
