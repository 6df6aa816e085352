import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AuthCard } from '@/components/account/AuthCard'
import { LoginForm } from '@/components/account/LoginForm.client'
import { safeNextPath } from '@/lib/account/safeNext'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'account' })
  return { title: t('loginTitle'), description: t('loginDescription'), robots: { index: false } }
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
  const text = messagesFor(DEFAULT_LOCALE).account
  return (
    <AuthCard title={text.loginTitle} lead={text.loginLead}>
      <LoginForm next={safeNextPath(next)} text={text} />
    </AuthCard>
  )
}
