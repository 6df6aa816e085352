import Link from 'next/link'

import styles from './SiteHeader.module.css'

export function SiteHeader({ accountSlot }: { accountSlot?: React.ReactNode }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.logo}>
          Newsroom<span className={styles.tagline}>加密 · Web3 资讯</span>
        </Link>
        <nav aria-label="主导航" className={styles.nav}>
          <Link href="/">首页</Link>
          <Link href="/watchlist">我的自选</Link>
          {accountSlot}
        </nav>
      </div>
    </header>
  )
}
