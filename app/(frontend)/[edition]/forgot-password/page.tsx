import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { ForgotPasswordForm } from '@/components/account/PasswordResetForms.client'
import { PageLink } from '@/components/portal/PageLink'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { localizedPath } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { pageAlternates } from '@/lib/syndication/seo'

import styles from '@/components/account/forms.module.css'

type TProps = { params: Promise<TEditionParams> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const { account } = messagesFor(locale)
  return {
    title: account.forgotTitle,
    description: account.forgotDescription,
    robots: { index: false },
    alternates: pageAlternates({ locale, path: '/forgot-password' }),
  }
}

/** 忘记密码 (never cached, lib/cachePolicy.ts): the address, then a mail with a 重置密码 link. */
export default async function ForgotPasswordPage({ params }: TProps) {
  const locale = await editionOf(params)
  const { account: text, forms } = messagesFor(locale)
  return (
    <AuthCard title={text.forgotTitle} lead={text.forgotLead}>
      <ForgotPasswordForm locale={locale} text={text} formText={forms} />
      <p className={styles.switch}>
        {text.rememberedPassword}
        <PageLink href={localizedPath(locale, '/login')}>{text.loginLink}</PageLink>
      </p>
    </AuthCard>
  )
}
