'use client'

import {
  PublishButton,
  useDocumentInfo,
  useFormBackgroundProcessing,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import styles from './PublishAfterAutosave.module.css'

/**
 * How long a kept click waits, once no autosave runs, for the form to be saved before it publishes
 * anyway (an autosave that failed leaves the form unsaved; Payload's button then publishes too).
 */
const UNSAVED_GRACE_MS = 3_000

/**
 * Payload's 发布修改, which it disables while an autosave is in flight (its Autosave marks the form
 * as processing in the background, and its submit button is disabled meanwhile). After typing that
 * is most of the next second, so an editor who types and clicks 发布修改 often clicks a disabled
 * button, and nothing is published. Here such a click is kept: a transparent button over the
 * disabled one takes it, and Payload's own button is clicked once the autosaves are done, so the
 * publish carries the form as it is then and is not overtaken by an autosave still on its way.
 * "Done" is the form saved (not modified): Payload runs an autosave queued behind a running one
 * without marking the form as processing again, but the form stays modified until it has saved.
 */
export function PublishAfterAutosave() {
  const autosaving = useFormBackgroundProcessing()
  const modified = useFormModified()
  const { hasPublishPermission } = useDocumentInfo()
  const { t } = useTranslation()
  const clickedWhileAutosaving = useRef(false)
  const wrapper = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (autosaving || !clickedWhileAutosaving.current) return
    const publish = () => {
      clickedWhileAutosaving.current = false
      // Payload's button, enabled again now that no autosave runs (it reads the same form state).
      wrapper.current?.querySelector<HTMLButtonElement>('#action-save')?.click()
    }
    if (!modified) return publish()
    const timer = setTimeout(publish, UNSAVED_GRACE_MS)
    return () => clearTimeout(timer)
  }, [autosaving, modified])

  return (
    <div ref={wrapper} className={styles.wrapper}>
      <PublishButton />
      {hasPublishPermission && autosaving ? (
        <button
          type="button"
          className={styles.standIn}
          aria-label={t('version:publishChanges')}
          data-testid="publish-after-autosave"
          onClick={() => (clickedWhileAutosaving.current = true)}
        />
      ) : null}
    </div>
  )
}
