import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { RegisterForm } from '@/components/account/RegisterForm.client'

export const metadata: Metadata = {
  title: '注册',
  description: '免费注册 Newsroom 账户，收藏文章、关注自选币种。',
  robots: { index: false },
}

/** A static shell: the form validates, registers and logs in from the browser. */
export default function RegisterPage() {
  return (
    <AuthCard title="注册新账户" lead="只需显示名称、邮箱和密码。">
      <RegisterForm />
    </AuthCard>
  )
}
