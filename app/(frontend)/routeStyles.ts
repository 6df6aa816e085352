/**
 * The styles of the portal's routes that a page links to, loaded with the shell on every page.
 *
 * When a link scrolls into view, Next prefetches its route, and the answer names the route's
 * stylesheets: React then adds a `<link rel="preload" as="style">` for each one the page has not
 * loaded yet. A reader who does not follow the link leaves it unused, and Chromium warns about
 * every such preload. Next also preloads the stylesheet of the error and not-found pages on
 * every page. Imported here, these few small files become part of the shell's stylesheets, which
 * every portal page loads, so neither kind of preload happens. The other styles of the feeds and
 * article pages are already shared by both. Login, register and account render per request: their
 * prefetches name no stylesheets.
 */
import './status-page.module.css'
import './articles/[slug]/page.module.css'
import '@/components/watchlist/WatchlistManager.module.css'
import '@/components/watchlist/CoinSearch.module.css'
