'use client'

import Link from 'next/link'

import { useImportAfterMount } from '@/components/lazy/useImportAfterMount'
import styles from './AccountLink.module.css'

const loadAccountLink = () => import('./AccountLink.client')

/**
 * The header's account corner on every portal page. AccountLink asks who is signed in and builds
 * the return path with lib/account's zod schemas; it is imported after hydration so zod is not
 * parsed and run inside the page's hydration task. Until then (and if its script fails to load)
 * this shows exactly what AccountLink shows before it knows the user: 登录 / 注册.
 */
export function AccountLinkIsland() {
  const loaded = useImportAfterMount(loadAccountLink)
  if (loaded.status === 'ready') return <loaded.module.AccountLink />
  return (
    <span className={styles.root}>
      <Link href="/login" className={styles.login}>
        登录
      </Link>
      <Link href="/register" className={styles.register}>
        注册
      </Link>
    </span>
  )
}
