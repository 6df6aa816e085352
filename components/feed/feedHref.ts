/** Public URL of a feed page: `/` or `/tag/<slug>`, with the cursor of the last item shown. */
export function feedHref(scope: string, cursor?: string | null): string {
  const base = scope === 'all' ? '/' : `/tag/${scope}`
  return cursor ? `${base}?cursor=${encodeURIComponent(cursor)}` : base
}
