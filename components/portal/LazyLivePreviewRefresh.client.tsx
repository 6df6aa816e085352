'use client'

import dynamic from 'next/dynamic'

/**
 * The live-preview refresher (LivePreviewRefresh.client.tsx), fetched by the browser only where it
 * is rendered: a previewing editor's page. Imported directly by a page, its code and Payload's
 * live-preview library would be in that page's scripts for every reader. Not rendered on the
 * server: it draws nothing and only listens to the admin's messages in the browser.
 */
export const LazyLivePreviewRefresh = dynamic(
  () =>
    import('@/components/portal/LivePreviewRefresh.client').then(
      (module) => module.LivePreviewRefresh,
    ),
  { ssr: false },
)
