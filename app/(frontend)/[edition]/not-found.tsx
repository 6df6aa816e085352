import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/portal/StatusText.client'

import styles from './status-page.module.css'

// Next gives a not-found page no route parameters: its title is the same in every edition, and
// its text comes from the edition's layout (StatusTextProvider).
export const metadata: Metadata = { title: '404', robots: { index: false } }

export default function NotFound() {
  return (
    <main id="main" className={styles.page}>
      <NotFoundMessage />
    </main>
  )
}
