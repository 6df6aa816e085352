/**
 * The header's account link and the account page load the user separately (each asks
 * /api/users/me in the browser), so a saved display name is announced to both in the page.
 */
const DISPLAY_NAME_CHANGED = 'newsroom:display-name-changed'

export function announceDisplayName(displayName: string): void {
  window.dispatchEvent(new CustomEvent(DISPLAY_NAME_CHANGED, { detail: displayName }))
}

/** Calls `listener` with each new display name; returns the unsubscribe function. */
export function onDisplayNameChanged(listener: (displayName: string) => void): () => void {
  const handle = (event: Event) => {
    const { detail } = event as CustomEvent<unknown>
    if (typeof detail === 'string') listener(detail)
  }
  window.addEventListener(DISPLAY_NAME_CHANGED, handle)
  return () => window.removeEventListener(DISPLAY_NAME_CHANGED, handle)
}
