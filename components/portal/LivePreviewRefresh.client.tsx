'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

/**
 * Inside the admin's live preview frame: re-renders the server page each time the form autosaves
 * (Payload's RefreshRouteOnSave). Rendered only in draft mode, for staff, so readers' pages never
 * run it; pages load it through LazyLivePreviewRefresh.client.tsx, so they never download it. Only messages from this page's own origin count: the admin is served from the same
 * origin as the page (lib/admin/livePreview.ts), and no other site may frame it
 * (frame-ancestors 'self'); the origin is the page's, not SITE_URL, so that `next dev` on another
 * port or host works too.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  // Effects run in the browser only; the server render returns nothing either way.
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={refresh} serverURL={origin} />
}
