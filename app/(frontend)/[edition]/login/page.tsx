import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AuthCard } from '@/components/account/AuthCard'
import { LoginForm } from '@/components/account/LoginForm.client'
import { safeNextPath } from '@/lib/account/safeNext'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { localizedPath } from '@/lib/i18n/locales'
import { pageAlternates } from '@/lib/syndication/seo'
import { messagesFor } from '@/lib/i18n/messages'

type TProps = {
  params: Promise<TEditionParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const t = await getTranslations({ locale, namespace: 'account' })
  return {
    title: t('loginTitle'),
    description: t('loginDescription'),
    robots: { index: false },
    alternates: pageAlternates({ locale, path: '/login' }),
  }
}

/**
 * Rendered per request (no shared cache keeps /login, see lib/cachePolicy.ts): `?next=` goes into
 * the form on the server, so a submit without JavaScript returns to it as well.
 */
export default async function LoginPage({ params, searchParams }: TProps) {
  const locale = await editionOf(params)
  const { next } = await searchParams
  const { account: text, forms } = messagesFor(locale)
  return (
    <AuthCard title={text.loginTitle} lead={text.loginLead}>
      <LoginForm
        next={safeNextPath(next, localizedPath(locale, '/'))}
        locale={locale}
        text={text}
        formText={forms}
      />
    </AuthCard>
  )
}
