'use client'

import { createContext, useContext } from 'react'

import { PageLink } from '@/components/portal/PageLink'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

type TStatusText = { locale: TLocale; text: TMessages['status'] }

const StatusTextContext = createContext<TStatusText | null>(null)

/**
 * The edition's 404 and error texts, handed down by the layout. Next gives the not-found and error
 * pages no route parameters, so they cannot tell the edition themselves; the layout around them
 * can, and its props travel in the page's payload (a few short sentences).
 */
export function StatusTextProvider({
  locale,
  text,
  children,
}: TStatusText & { children: React.ReactNode }) {
  return <StatusTextContext value={{ locale, text }}>{children}</StatusTextContext>
}

/** The edition's status texts; outside a portal layout (never expected), none. */
export function useStatusText(): TStatusText | null {
  return useContext(StatusTextContext)
}

/** 页面不存在 in the page's edition, with a link to its home page. */
export function NotFoundMessage() {
  const status = useStatusText()
  if (!status) return null
  return (
    <>
      <h1>{status.text.notFoundTitle}</h1>
      <p>{status.text.notFoundText}</p>
      <p>
        <PageLink href={localizedPath(status.locale, '/')}>{status.text.backHome}</PageLink>
      </p>
    </>
  )
}
