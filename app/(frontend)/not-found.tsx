import type { Metadata } from 'next'
import { PageLink } from '@/components/portal/PageLink'

import styles from './status-page.module.css'

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } }

export default function NotFound() {
  return (
    <main id="main" className={styles.page}>
      <h1>页面不存在</h1>
      <p>你要找的页面不存在，可能已被删除，或链接中的参数有误。</p>
      <p>
        <PageLink href="/">返回首页</PageLink>
      </p>
    </main>
  )
}
