'use client'

import { useState } from 'react'

import { logOut } from '@/lib/account/session'
import type { TMessages } from '@/lib/i18n/messages'

import styles from './LogoutButton.module.css'

/** 退出登录: ends the session on the server (which clears the HTTP-only cookie), then goes home. */
export function LogoutButton({ text }: { text: TMessages['account'] }) {
  const [state, setState] = useState<'idle' | 'pending' | 'failed'>('idle')

  async function handleClick() {
    if (state === 'pending') return
    setState('pending')
    if ((await logOut()) === 'ok') {
      // A full navigation on purpose: nothing rendered for the logged-in user may survive.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/')
      return
    }
    setState('failed')
  }

  return (
    <div className={styles.wrap}>
      <button
        type="button"
        className={styles.button}
        onClick={handleClick}
        aria-disabled={state === 'pending'}
      >
        {state === 'pending' ? text.loggingOut : text.logout}
      </button>
      <p role="alert" className={styles.error}>
        {state === 'failed' ? text.logoutFailed : null}
      </p>
    </div>
  )
}
