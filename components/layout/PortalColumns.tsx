import styles from './PortalColumns.module.css'

/** Main column plus the sidebar (我的自选); on phones the sidebar comes first, as a block. */
export function PortalColumns({
  children,
  sidebar,
  sidebarLabel,
}: {
  children: React.ReactNode
  sidebar: React.ReactNode
  /** The sidebar landmark's name (行情与自选). */
  sidebarLabel: string
}) {
  return (
    <div className={styles.columns}>
      <aside className={styles.sidebar} aria-label={sidebarLabel}>
        {sidebar}
      </aside>
      <main id="main" className={styles.main}>
        {children}
      </main>
    </div>
  )
}
