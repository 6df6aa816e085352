'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useState } from 'react'

import { onDisplayNameChanged } from '@/lib/account/displayNameEvents'
import { returnPathFrom, withNext } from '@/lib/account/safeNext'
import { currentUserOfThisPage, type TCurrentUser } from '@/lib/account/session'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'

import type { TAccountLinkText } from './accountLinkText'
import styles from './AccountLink.module.css'
import { useCurrentPath } from './useLocation'

/**
 * The header's account corner: 登录 / 注册 for visitors, the display name (→ /account) for a user.
 * The header is the same cached HTML for everyone, so the user is asked for once, in the browser;
 * until the answer comes the visitor links show, in a box of fixed width so nothing moves.
 */
export function AccountLink({ locale, text }: { locale: TLocale; text: TAccountLinkText }) {
  const [user, setUser] = useState<TCurrentUser | null>(null)
  const returnTo = returnPathFrom(useCurrentPath())

  useEffect(() => {
    // Shared with the feed cards' 收藏, so a page asks who is signed in once.
    let live = true
    currentUserOfThisPage().then((found) => {
      if (live && found) setUser(found)
    })
    return () => {
      live = false
    }
  }, [])

  // A name saved on the account page shows here at once, without asking the server again.
  useEffect(
    () =>
      onDisplayNameChanged((displayName) =>
        setUser((current) => (current ? { ...current, displayName } : current)),
      ),
    [],
  )

  return (
    <span className={styles.root}>
      {user ? (
        <PageLink
          href={localizedPath(locale, '/account')}
          className={styles.name}
          title={formatMessage(text.accountOf, { name: user.displayName })}
        >
          <span className="visually-hidden">{text.accountPrefix}</span>
          {user.displayName}
        </PageLink>
      ) : (
        <>
          <PageLink
            href={localizedPath(locale, withNext('/login', returnTo))}
            className={styles.login}
          >
            {text.login}
          </PageLink>
          <PageLink
            href={localizedPath(locale, withNext('/register', returnTo))}
            className={styles.register}
          >
            {text.register}
          </PageLink>
        </>
      )}
    </span>
  )
}
