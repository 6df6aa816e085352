import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { ResetPasswordForm } from '@/components/account/PasswordResetForms.client'
import { PageLink } from '@/components/portal/PageLink'
import { accountOfResetToken } from '@/lib/account/passwordReset'
import { RESET_LINK_MINUTES } from '@/lib/account/resetMail'
import { formatMessage } from '@/lib/i18n/format'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { localizedPath } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getPayloadClient } from '@/lib/queries/payload'

import styles from '@/components/account/forms.module.css'

type TProps = {
  params: Promise<TEditionParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const { account } = messagesFor(locale)
  return {
    title: account.resetTitle,
    description: account.resetDescription,
    robots: { index: false },
    // The address holds the token: no other site may learn it from the Referer. (Not
    // no-referrer: a form post would then say `Origin: null`, which the server refuses.)
    referrer: 'same-origin',
  }
}

/**
 * 重置密码, opened from the mail (never cached): the form while the link is valid, otherwise a
 * way to ask for a new one. The token stays on the server side of the form (bound to its action).
 */
export default async function ResetPasswordPage({ params, searchParams }: TProps) {
  const locale = await editionOf(params)
  const { token } = await searchParams
  const { account: text, forms } = messagesFor(locale)
  const link = typeof token === 'string' ? token : ''
  const valid = (await accountOfResetToken(await getPayloadClient(), link)) !== null
  if (!valid)
    return (
      <AuthCard
        title={text.resetInvalidTitle}
        lead={formatMessage(text.resetInvalidLead, { minutes: RESET_LINK_MINUTES })}
      >
        <p className={styles.switch}>
          <PageLink href={localizedPath(locale, '/forgot-password')}>
            {text.requestNewLink}
          </PageLink>
        </p>
      </AuthCard>
    )
  return (
    <AuthCard title={text.resetTitle} lead={text.resetLead}>
      <ResetPasswordForm locale={locale} token={link} text={text} formText={forms} />
    </AuthCard>
  )
}
