import { PageLink } from '@/components/portal/PageLink'

import styles from './SiteHeader.module.css'

export function SiteHeader({ accountSlot }: { accountSlot?: React.ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <PageLink href="/" className={styles.logo}>
          Newsroom<span className={styles.tagline}>加密 · Web3 资讯</span>
        </PageLink>
        <nav aria-label="主导航" className={styles.nav}>
          <PageLink href="/">首页</PageLink>
          <PageLink href="/watchlist">我的自选</PageLink>
          {accountSlot}
        </nav>
      </div>
    </header>
  )
}
