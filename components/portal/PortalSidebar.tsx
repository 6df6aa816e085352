import styles from './PortalSidebar.module.css'

/** The sidebar of feed and article pages: the 我的自选 panel (personal, loaded by the browser). */
export function PortalSidebar() {
  return <div className={styles.sidebar} />
}
