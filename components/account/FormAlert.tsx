import type React from 'react'

import styles from './forms.module.css'

/**
 * The form-level error. The live region stays in the page and its content is inserted, which is
 * what screen readers announce; the form clears it before each attempt so a repeat is read again.
 */
export function FormAlert({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className={styles.alertRegion}>
      {children ? <p className={styles.formError}>{children}</p> : null}
    </div>
  )
}
