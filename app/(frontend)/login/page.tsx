import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { LoginForm } from '@/components/account/LoginForm.client'

export const metadata: Metadata = {
  title: '登录',
  description: '登录 Newsroom 账户，同步你的收藏和自选币种。',
  robots: { index: false },
}

/** A static shell: the form reads `?next=` and talks to the API in the browser. */
export default function LoginPage() {
  return (
    <AuthCard title="登录" lead="登录后可以收藏文章、管理我的自选。">
      <LoginForm />
    </AuthCard>
  )
}
