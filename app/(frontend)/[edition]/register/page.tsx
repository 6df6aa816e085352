import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AuthCard } from '@/components/account/AuthCard'
import { RegisterForm } from '@/components/account/RegisterForm.client'
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
    title: t('registerTitle'),
    description: t('registerDescription'),
    robots: { index: false },
    alternates: pageAlternates({ locale, path: '/register' }),
  }
}

/** Rendered per request like /login, so `?next=` reaches a form sent without JavaScript. */
export default async function RegisterPage({ params, searchParams }: TProps) {
  const locale = await editionOf(params)
  const { next } = await searchParams
  const { account: text, forms } = messagesFor(locale)
  return (
    <AuthCard title={text.registerCardTitle} lead={text.registerLead}>
      <RegisterForm
        next={safeNextPath(next, localizedPath(locale, '/'))}
        locale={locale}
        text={text}
        formText={forms}
      />
    </AuthCard>
  )
}
