import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FlashItem, flashPath } from '@/components/flash/FlashItem'
import { FlashList } from '@/components/flash/FlashList'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PageLink } from '@/components/portal/PageLink'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { displaySettings } from '@/lib/display'
import { flashHeadline } from '@/lib/flash/headline'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { CHINESE_EDITIONS, LOCALES, localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getFlash, getLatestFlashes } from '@/lib/queries/flashes'
import { previewUser } from '@/lib/queries/draftPreview'
import { findFlashDraftById } from '@/lib/queries/findFlashes'
import { getPayloadClient } from '@/lib/queries/payload'
import { LazyLivePreviewRefresh } from '@/components/portal/LazyLivePreviewRefresh.client'
import { safeDecode } from '@/lib/queries/scope'
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/syndication/jsonLd'
import { flashMetadata } from '@/lib/syndication/flashMetadata'
import { LOGO_PATH } from '@/lib/syndication/seo'
import { absoluteUrl } from '@/lib/syndication/xml'
import styles from './page.module.css'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { id: string }> }

/**
 * The flash of the edition, or null (unknown id, a draft, no English version); in draft mode a
 * staff user sees its latest draft instead (the admin's live preview), without neighbours.
 */
const loadFlash = cache(async (rawId: string, locale: TLocale) => {
  const id = safeDecode(rawId)
  if (!id || !/^[0-9a-zA-Z]{1,32}$/.test(id)) return null
  const editor = await previewUser()
  if (editor) {
    const draft = await findFlashDraftById(await getPayloadClient(), id, locale, editor)
    return draft ? { flash: draft, older: null, newer: null, seo: null, editor } : null
  }
  const found = await getFlash(id, locale)
  return found ? { ...found, editor: null } : null
})

/** The editions this flash has a page in: both Chinese ones, English when it was written. */
async function editionsOf(id: string, locale: TLocale): Promise<readonly TLocale[]> {
  if (locale === 'en' || (await getFlash(id, 'en'))) return LOCALES
  return CHINESE_EDITIONS
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const found = await loadFlash((await params).id, locale)
  const messages = messagesFor(locale)
  if (!found) return { title: messages.flash.permalink }
  return flashMetadata({
    flash: found.flash,
    seo: found.seo,
    locale,
    editions: await editionsOf(found.flash.id, locale),
  })
}

/**
 * A 快讯's permalink: the item itself, the flashes just before and after it, and 更多快讯. Its
 * JSON-LD is a NewsArticle (a dated news item of its own; the timeline is the live blog).
 */
export default async function FlashPage({ params }: TProps) {
  const locale = await editionOf(params)
  const found = await loadFlash((await params).id, locale)
  if (!found) notFound()
  const { flash, older, newer, editor } = found
  const { timeZone, siteUrl } = displaySettings()
  const messages = messagesFor(locale)
  const text = messages.flash
  const latest = (await getLatestFlashes(locale)).items.filter((item) => item.id !== flash.id)
  const jsonLd = newsArticleJsonLd({
    siteUrl,
    url: absoluteUrl(siteUrl, flashPath(locale, flash.id)),
    headline: flashHeadline(flash),
    description: flash.text,
    datePublished: flash.publishedAt,
    dateModified: flash.updatedAt ?? flash.publishedAt ?? new Date().toISOString(),
    authors: [],
    images: [],
    logoUrl: absoluteUrl(siteUrl, LOGO_PATH),
    inLanguage: locale,
    keywords: flash.categories.map((category) => category.name),
  })
  return (
    <PortalColumns
      sidebar={<PortalSidebar locale={locale} flashes={false} />}
      sidebarLabel={messages.article.sidebar}
    >
      {editor ? <LazyLivePreviewRefresh /> : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
      />
      <p className={styles.back}>
        <PageLink href={localizedPath(locale, '/flash')}>{text.backToTimeline}</PageLink>
      </p>
      <h1 className={styles.heading}>{flashHeadline(flash)}</h1>
      <FlashItem
        flash={{ ...flash, title: null }}
        locale={locale}
        timeZone={timeZone}
        text={text}
        market={messages.market}
      />
      <nav className={styles.neighbours} aria-label={text.permalink}>
        {newer ? (
          <PageLink href={flashPath(locale, newer.id)} rel="prev">
            <span className={styles.direction}>{text.newer}</span>
            {flashHeadline(newer)}
          </PageLink>
        ) : (
          <span />
        )}
        {older ? (
          <PageLink href={flashPath(locale, older.id)} rel="next">
            <span className={styles.direction}>{text.older}</span>
            {flashHeadline(older)}
          </PageLink>
        ) : (
          <span />
        )}
      </nav>
      {latest.length > 0 ? (
        <section aria-labelledby="more-flashes" className={styles.more}>
          <h2 id="more-flashes" className={styles.moreTitle}>
            {text.more}
          </h2>
          <FlashList flashes={latest} locale={locale} timeZone={timeZone} text={text} />
        </section>
      ) : null}
    </PortalColumns>
  )
}
