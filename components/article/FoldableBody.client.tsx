'use client'

import { useId, useState, type ReactNode } from 'react'

import styles from './FoldableBody.module.css'

/**
 * 展开阅读全文: the whole body is always in the HTML, so search engines index all of it. Readers
 * without JavaScript get it unfolded through the <noscript> rule in FoldNoScript.
 */
export function FoldableBody({
  children,
  fold,
  expandLabel,
}: {
  children: ReactNode
  fold: boolean
  /** 展开阅读全文, in the page's edition. */
  expandLabel: string
}) {
  const [expanded, setExpanded] = useState(!fold)
  const id = useId()
  return (
    <div className={styles.wrapper}>
      <div id={id} className={expanded ? undefined : styles.folded} data-folded={!expanded}>
        {children}
      </div>
      {expanded ? null : (
        <div className={styles.fade} data-fold-control>
          <button
            type="button"
            className={styles.button}
            aria-controls={id}
            aria-expanded={false}
            onClick={() => setExpanded(true)}
          >
            {expandLabel}
          </button>
        </div>
      )}
    </div>
  )
}
