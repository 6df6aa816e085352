import { displaySettings } from '@/lib/display'

// Dynamic so the Sitemap lines carry the SITE_URL of the running server, not of the build.
export const dynamic = 'force-dynamic'

/** Everything public may be crawled; the admin, the API and personal or preview pages may not. */
export function GET() {
  const { siteUrl } = displaySettings()
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    'Disallow: /account',
    'Disallow: /preview',
    '',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    `Sitemap: ${siteUrl}/news-sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=60',
    },
  })
}
