/**
 * Next preloads the stylesheet of the error and not-found pages on every page. Imported here, it
 * becomes part of the shell's stylesheets, which every portal page loads, so the preload is never
 * left unused (Chromium warns about each one).
 */
import './status-page.module.css'
