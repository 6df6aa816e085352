'use client'

import { LeaveWithoutSaving } from '@payloadcms/ui'

/**
 * Payload's 离开而不保存 warning, kept on forms that autosave. Payload drops it when autosave is on
 * (the next autosave keeps the typing), but between a keystroke and its autosave, or after an
 * autosave failed (offline, server error), the typing exists only in the form: leaving then warns.
 * Once an autosave succeeds the form is no longer modified and leaving is silent.
 */
export function LeaveWarning() {
  return <LeaveWithoutSaving />
}
