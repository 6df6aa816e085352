'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useEffect, useState } from 'react'

import { announceDisplayName } from '@/lib/account/displayNameEvents'
import { withNext } from '@/lib/account/safeNext'
import { fetchCurrentUser, type TCurrentUser } from '@/lib/account/session'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

import styles from './AccountDashboard.module.css'
import { AccountSettings } from './AccountSettings.client'
import { BookmarkList } from './BookmarkList.client'
import { LogoutButton } from './LogoutButton.client'

type TState =
  | { kind: 'loading' }
  | { kind: 'visitor' }
  | { kind: 'error' }
  | { kind: 'user'; user: TCurrentUser }

/**
 * 我的账户: who is logged in, their name and password, their bookmarks and the way out. Visitors
 * go to the login page.
 */
export function AccountDashboard({
  timeZone,
  locale,
  text,
}: {
  timeZone: string
  locale: TLocale
  text: Pick<TMessages, 'account' | 'bookmarks' | 'forms'>
}) {
  const words = text.account
  const loginForAccount = localizedPath(
    locale,
    withNext('/login', localizedPath(locale, '/account')),
  )
  const [state, setState] = useState<TState>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    fetchCurrentUser(controller.signal).then((user) => {
      if (controller.signal.aborted) return
      if (user === null) {
        setState({ kind: 'visitor' })
        // replace: the back button should not return to a page that only redirects again.
        window.location.replace(loginForAccount)
        return
      }
      setState(user ? { kind: 'user', user } : { kind: 'error' })
    })
    return () => controller.abort()
  }, [attempt, loginForAccount])

  const displayNameSaved = (displayName: string) => {
    setState((current) =>
      current.kind === 'user' ? { kind: 'user', user: { ...current.user, displayName } } : current,
    )
    announceDisplayName(displayName)
  }

  const retry = () => {
    setState({ kind: 'loading' })
    setAttempt((count) => count + 1)
  }

  return (
    <main id="main" className={styles.page} aria-busy={state.kind === 'loading'}>
      <div className={styles.heading}>
        <h1 className={styles.title}>{words.accountTitle}</h1>
        {state.kind === 'user' ? <LogoutButton text={words} /> : null}
      </div>
      {state.kind === 'loading' ? <p className={styles.notice}>{words.loadingAccount}</p> : null}
      {state.kind === 'visitor' ? (
        <p className={styles.notice}>
          {words.visitorBefore}
          <PageLink href={loginForAccount}>{words.loginPage}</PageLink>
          {words.visitorAfter}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <div className={styles.notice} role="alert">
          <p>{words.loadFailed}</p>
          <button type="button" className={styles.retry} onClick={retry}>
            {words.retry}
          </button>
        </div>
      ) : null}
      {state.kind === 'user' ? (
        <>
          <section className={styles.card} aria-labelledby="account-profile">
            <h2 id="account-profile" className={styles.cardTitle}>
              {words.profile}
            </h2>
            <dl className={styles.profile}>
              <dt>{words.displayName}</dt>
              <dd>{state.user.displayName}</dd>
              <dt>{words.email}</dt>
              <dd>{state.user.email}</dd>
            </dl>
          </section>
        </>
      ) : null}
      {state.kind === 'loading' || state.kind === 'user' ? (
        // In the HTML before the account is known, so the forms work without JavaScript.
        <AccountSettings
          locale={locale}
          displayName={state.kind === 'user' ? state.user.displayName : undefined}
          onDisplayNameSaved={displayNameSaved}
          text={words}
          formText={text.forms}
        />
      ) : null}
      {state.kind === 'user' ? (
        <BookmarkList
          userId={state.user.id}
          timeZone={timeZone}
          locale={locale}
          text={text.bookmarks}
        />
      ) : null}
    </main>
  )
}
