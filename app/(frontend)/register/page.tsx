import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { RegisterForm } from '@/components/account/RegisterForm.client'
import { safeNextPath } from '@/lib/account/safeNext'

export const metadata: Metadata = {
  title: '注册',
  description: '免费注册 Newsroom 账户，收藏文章、关注自选币种。',
  robots: { index: false },
}

/** Rendered per request like /login, so `?next=` reaches a form sent without JavaScript. */
export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { next } = await searchParams
  return (
    <AuthCard title="注册新账户" lead="只需显示名称、邮箱和密码。">
      <RegisterForm next={safeNextPath(next)} />
    </AuthCard>
  )
}
