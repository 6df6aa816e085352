'use client'

import { PageLink } from '@/components/portal/PageLink'

import styles from './status-page.module.css'

/** A failure while rendering a page: say so in Chinese and offer a retry. */
export default function PortalError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <main id="main" className={styles.page}>
      <h1>页面出错了</h1>
      <p>加载页面时发生错误，请稍后重试。</p>
      <p>
        <button type="button" onClick={reset}>
          重试
        </button>{' '}
        <PageLink href="/">返回首页</PageLink>
      </p>
    </main>
  )
}
