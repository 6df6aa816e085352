'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Inside the admin's live preview frame: re-renders the server page each time the form autosaves
 * (Payload posts a message to the frame). Rendered only in draft mode, for staff, so readers'
 * pages never load it. The admin is this same origin (lib/admin/livePreview.ts).
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const serverURL = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
