import type { Metadata } from 'next'

import { AuthCard } from '@/components/account/AuthCard'
import { PageLink } from '@/components/portal/PageLink'
import { verifyEmailWithToken } from '@/lib/account/emailVerification'
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
  const { account } = messagesFor(await editionOf(params))
  // The address holds the token: no other site may learn it from the Referer.
  return { title: account.verifyTitle, robots: { index: false }, referrer: 'same-origin' }
}

/**
 * 验证邮箱, opened from the registration mail (never cached): opening the link confirms the
 * address, as the mail says, and the page leads to 登录. A used or unknown link says so.
 */
export default async function VerifyEmailPage({ params, searchParams }: TProps) {
  const locale = await editionOf(params)
  const { token } = await searchParams
  const { account: text } = messagesFor(locale)
  const verified = await verifyEmailWithToken(await getPayloadClient(), token)
  return (
    <AuthCard
      title={verified ? text.verifiedTitle : text.verifyInvalidTitle}
      lead={verified ? text.verifiedLead : text.verifyInvalidLead}
    >
      <p className={styles.switch}>
        <PageLink href={localizedPath(locale, '/login')}>{text.goToLogin}</PageLink>
      </p>
    </AuthCard>
  )
}
