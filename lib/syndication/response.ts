/**
 * Feeds and sitemaps are public and the same for everyone; their data comes from Next's data
 * cache, so the short shared max-age only spares the origin a burst, as for the feed JSON.
 */
export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8') {
  return new Response(body, {
    headers: { 'Content-Type': contentType, 'Cache-Control': 'public, max-age=0, s-maxage=1' },
  })
}

export const rssResponse = (body: string) => xmlResponse(body, 'application/rss+xml; charset=utf-8')

export const notFoundResponse = () =>
  new Response('Not Found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
