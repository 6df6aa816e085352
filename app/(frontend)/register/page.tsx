import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AuthCard } from '@/components/account/AuthCard'
import { RegisterForm } from '@/components/account/RegisterForm.client'
import { safeNextPath } from '@/lib/account/safeNext'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'account' })
  return {
    title: t('registerTitle'),
    description: t('registerDescription'),
    robots: { index: false },
  }
}

/** Rendered per request like /login, so `?next=` reaches a form sent without JavaScript. */
export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { next } = await searchParams
  const text = messagesFor(DEFAULT_LOCALE).account
  return (
    <AuthCard title={text.registerCardTitle} lead={text.registerLead}>
      <RegisterForm next={safeNextPath(next)} text={text} />
    </AuthCard>
  )
}
