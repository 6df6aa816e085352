'use client'

import type React from 'react'

import { EDITION_COOKIE, EDITION_COOKIE_MAX_AGE } from '@/lib/i18n/editionCookie'
import {
  LOCALE_NAMES,
  LOCALE_SHORT_NAMES,
  LOCALES,
  localizedPath,
  type TLocale,
} from '@/lib/i18n/locales'

import styles from './EditionSwitcher.module.css'

/**
 * This page in another edition, from its `hreflang` alternates: the page's metadata names the
 * editions it exists in (an article without an English version has no English alternate).
 */
function alternateOfThisPage(locale: TLocale): string | null {
  const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')
  for (const link of links) {
    if (link.hreflang !== locale) continue
    const url = new URL(link.href, window.location.href)
    if (url.origin === window.location.origin) return url.pathname + url.search
  }
  return null
}

/** Remembered for the bare home page only (proxy.ts); pages never read it. */
function rememberChoice(locale: TLocale) {
  document.cookie = `${EDITION_COOKIE}=${locale}; path=/; max-age=${EDITION_COOKIE_MAX_AGE}; samesite=lax`
}

/**
 * The header's 简体 / 繁體 / English links. The header is shared by every page of an edition, so
 * the server renders links to each edition's home page (what a reader without JavaScript, or one
 * opening a new tab, gets); a click leads to this same page in the chosen edition when it exists
 * there, and remembers the choice. A full page load, not a client-side navigation: the new edition
 * has its own `<html lang>` and text everywhere.
 */
export function EditionSwitcher({ locale, label }: { locale: TLocale; label: string }) {
  const choose = (edition: TLocale) => (event: React.MouseEvent<HTMLAnchorElement>) => {
    rememberChoice(edition)
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    const samePage = alternateOfThisPage(edition)
    if (!samePage) return
    event.preventDefault()
    window.location.assign(samePage)
  }
  return (
    <nav aria-label={label} className={styles.switcher}>
      {LOCALES.map((edition) =>
        edition === locale ? (
          <span key={edition} lang={edition} aria-current="true" className={styles.current}>
            {LOCALE_NAMES[edition]}
          </span>
        ) : (
          <a
            key={edition}
            href={localizedPath(edition, '/')}
            hrefLang={edition}
            lang={edition}
            onClick={choose(edition)}
          >
            <span className={styles.long}>{LOCALE_NAMES[edition]}</span>
            <span className={styles.short} aria-hidden="true">
              {LOCALE_SHORT_NAMES[edition]}
            </span>
          </a>
        ),
      )}
    </nav>
  )
}
