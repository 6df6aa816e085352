import styles from './SiteFooter.module.css'

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>Newsroom · 加密与 Web3 资讯。行情数据仅供参考，不构成投资建议。</p>
    </footer>
  )
}
