import type { LivePreviewConfig, PayloadRequest } from 'payload'

/**
 * How often an open article or 快讯 form saves its draft while the editor types. Each autosave is
 * one write of the draft (a version row, never the published document), and the live preview
 * refreshes after it; Payload suggests 100–375 ms for live preview. The upper end: typing feels
 * live and a burst of keystrokes is one write, not one per key.
 */
export const AUTOSAVE_INTERVAL_MS = 375

/**
 * The versions setting of articles and flashes: drafts, autosave, and 保存草稿 still offered (a
 * contributor's explicit save before 提交审核; tests/e2e/review-workflow). An autosave is always a
 * draft save (`_status: 'draft'`), so it never publishes and never runs the publish hooks.
 */
export const autosavedDrafts = {
  autosave: { interval: AUTOSAVE_INTERVAL_MS, showSaveDraftButton: true },
  schedulePublish: true,
} as const

/**
 * The preview frame's widths. Payload shows labels as written (no translation), so each says both
 * languages. `responsive` (the pane's own width) comes with Payload.
 */
export const PREVIEW_BREAKPOINTS = [
  { name: 'desktop', label: '电脑 Desktop', width: 1280, height: 800 },
  { name: 'phone', label: '手机 Phone', width: 390, height: 844 },
] as const satisfies LivePreviewConfig['breakpoints']

/**
 * The origin the admin is served from: SITE_URL (Payload's serverURL) when set, else the request's
 * own host (development without SITE_URL). Payload posts messages to the frame at this origin, so a
 * relative address would not do; the frame is the same origin as the admin, which the
 * Content-Security-Policy's frame-ancestors 'self' allows (lib/security/headers.ts).
 */
function adminOrigin(req: PayloadRequest): string | null {
  const configured = req.payload.config.serverURL
  if (configured) return configured.replace(/\/$/, '')
  const host = req.headers.get('host')
  if (!host) return null
  const proto = req.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http'
  return `${proto}://${host}`
}

/** /preview enters Next's draft mode for a staff user, then opens the page (app/(frontend)/preview). */
export function previewPath(target: { slug: string } | { flash: string }): string {
  const query =
    'slug' in target
      ? `slug=${encodeURIComponent(target.slug)}`
      : `flash=${encodeURIComponent(target.flash)}`
  return `/preview?${query}`
}

type TUrlArgs = { data: Record<string, unknown>; req: PayloadRequest }

const livePreviewOf =
  (pathOf: (data: Record<string, unknown>) => string | null): LivePreviewConfig['url'] =>
  ({ data, req }: TUrlArgs) => {
    const path = pathOf(data)
    const origin = adminOrigin(req)
    return path && origin ? `${origin}${path}` : null
  }

const stringOf = (value: unknown): string | null =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : null

/** An article's draft on its real page; none before its first save gives it a slug. */
export const articleLivePreview: LivePreviewConfig = {
  url: livePreviewOf((data) => {
    const slug = stringOf(data.slug)
    return slug ? previewPath({ slug }) : null
  }),
  breakpoints: [...PREVIEW_BREAKPOINTS],
}

/** A 快讯's draft on its permalink (/flash/<id>). */
export const flashLivePreview: LivePreviewConfig = {
  url: livePreviewOf((data) => {
    const id = stringOf(data.id)
    return id ? previewPath({ flash: id }) : null
  }),
  breakpoints: [...PREVIEW_BREAKPOINTS],
}
