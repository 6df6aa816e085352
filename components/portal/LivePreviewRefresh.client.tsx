'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live preview frame: re-renders the server page each time the form autosaves.
 * Rendered only in draft mode, for staff, so readers' pages never load it.
 *
 * This is what `RefreshRouteOnSave` of @payloadcms/live-preview-react does, written out: the
 * registry has that package only at 3.90.1, and Payload's own dependency check (which runs in
 * `next dev` and the tests) refuses to start with it beside payload 3.90.2. The protocol is
 * Payload's (@payloadcms/ui's LivePreview window): the page says `payload-live-preview` ready to
 * the window that opened it, and the admin posts `payload-document-event` after each save. Only
 * messages from this origin count: the admin is served from the same origin as the page
 * (lib/admin/livePreview.ts), and no other site may frame it (frame-ancestors 'self').
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data
      if (
        event.origin === origin &&
        typeof data === 'object' &&
        data !== null &&
        (data as { type?: unknown }).type === 'payload-document-event'
      )
        router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
