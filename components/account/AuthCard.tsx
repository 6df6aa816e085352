import type React from 'react'

import styles from './AuthCard.module.css'

/** The frame of the login and registration pages: a heading, one line of help, the form. */
export function AuthCard({
  title,
  lead,
  children,
}: {
  title: string
  lead: string
  children: React.ReactNode
}) {
  return (
    <main className={styles.page} id="main">
      <div className={styles.card}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.lead}>{lead}</p>
        {children}
      </div>
    </main>
  )
}
