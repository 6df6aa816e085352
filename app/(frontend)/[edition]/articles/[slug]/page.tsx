import type { Metadata } from 'next'
import Image from 'next/image'
import { PageLink } from '@/components/portal/PageLink'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { ArticleBody } from '@/components/article/ArticleBody'
import { Disclaimer } from '@/components/article/Disclaimer'
import { getTranslations } from 'next-intl/server'

import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { CHINESE_EDITIONS, LOCALES, localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { FoldableBody } from '@/components/article/FoldableBody.client'
import { ViewBeacon } from '@/components/hot/ViewBeacon.client'
import { LazyLivePreviewRefresh } from '@/components/portal/LazyLivePreviewRefresh.client'
import { RelatedNews } from '@/components/article/RelatedNews'
import { ArticleTools } from '@/components/portal/ArticleTools'
import { CategoryTabs } from '@/components/feed/CategoryTabs'
import { cardTextOf } from '@/components/feed/cardText'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { displaySettings } from '@/lib/display'
import { formatDateTime } from '@/lib/format/datetime'
import { shouldFold } from '@/lib/format/fold'
import { ArticleJsonLd } from '@/components/article/ArticleJsonLd'
import { Byline } from '@/components/article/Byline'
import { articleMetadata } from '@/lib/syndication/articleMetadata'
import { getArticleBySlug, getArticleRedirect, getRelatedArticles, getTabs } from '@/lib/queries'
import { getBylineCredits } from '@/lib/queries/authors'
import { coinRefOf, imageOf, tagRefOf } from '@/lib/queries/cards'
import { previewUser } from '@/lib/queries/draftPreview'
import { findArticleBySlug, pickedIdsOf } from '@/lib/queries/findArticles'
import { getPayloadClient } from '@/lib/queries/payload'
import { safeDecode, ZScopeSchema } from '@/lib/queries/scope'
import styles from './page.module.css'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { slug: string }> }

/**
 * Published article in the edition for everyone (none in English without an English version);
 * in draft mode a staff user sees the latest draft instead.
 */
const loadArticle = cache(async (rawSlug: string, locale: TLocale) => {
  const slug = ZScopeSchema.safeParse(safeDecode(rawSlug))
  if (!slug.success) return null
  const editor = await previewUser()
  if (editor)
    return findArticleBySlug({
      payload: await getPayloadClient(),
      slug: slug.data,
      draftFor: editor,
      locale,
    })
  return getArticleBySlug(slug.data, locale)
})

/**
 * No article at this slug: an old URL of one whose slug changed leads to its page in the same
 * edition (collections/Redirects); anything else is not found. Asked only on a miss, so an
 * article's own page costs no extra read. Next answers 308 without the query string; the
 * production server makes it a 301 with the query (lib/redirects/movedArticles.ts).
 */
async function movedOrNotFound(rawSlug: string, locale: TLocale): Promise<never> {
  const slug = ZScopeSchema.safeParse(safeDecode(rawSlug))
  const target = slug.success ? await getArticleRedirect(slug.data) : null
  if (target) permanentRedirect(localizedPath(locale, `/articles/${encodeURIComponent(target)}`))
  notFound()
}

/** The editions this article has a page in: both Chinese ones, English when it was written. */
async function editionsOf(
  slug: string | null | undefined,
  locale: TLocale,
): Promise<readonly TLocale[]> {
  if (locale === 'en' || (slug && (await getArticleBySlug(slug, 'en')))) return LOCALES
  return CHINESE_EDITIONS
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const article = await loadArticle((await params).slug, locale)
  if (!article) {
    const t = await getTranslations({ locale, namespace: 'article' })
    return { title: t('notFoundTitle') }
  }
  return articleMetadata({
    article,
    locale,
    editions: await editionsOf(article.slug, locale),
  })
}

export default async function ArticlePage({ params }: TProps) {
  const locale = await editionOf(params)
  const { slug } = await params
  const article = await loadArticle(slug, locale)
  if (!article) return movedOrNotFound(slug, locale)
  const { timeZone, siteUrl } = displaySettings()
  const tags = (article.tags ?? []).map(tagRefOf).filter((tag) => tag !== null)
  const coins = (article.coins ?? []).map(coinRefOf).filter((coin) => coin !== null)
  const cover = imageOf(article.cover, 'article')
  const tagIds = (article.tags ?? []).map((tag) => String(typeof tag === 'object' ? tag.id : tag))
  // The tabs first: they name the 更多新闻 cards' tags, which saves reading those again.
  const tabs = await getTabs(locale)
  const related = await getRelatedArticles({
    articleId: String(article.id),
    tagIds,
    pickedIds: pickedIdsOf(article),
    tabs,
    locale,
  })
  const isDraft = article._status !== 'published'
  // The byline's names link to their authors' pages when it is their own names (lib/authors/
  // credits.ts); a draft shows its byline as it is.
  const credits = isDraft
    ? article.byline
      ? [{ name: article.byline, slug: null }]
      : []
    : await getBylineCredits({ id: String(article.id), slug: article.slug ?? '' }, locale)
  const t = await getTranslations({ locale, namespace: 'article' })
  const messages = messagesFor(locale)

  return (
    <PortalColumns sidebar={<PortalSidebar locale={locale} />} sidebarLabel={t('sidebar')}>
      <CategoryTabs locale={locale} tabs={tabs} active={null} text={messages.feed} />
      <Disclaimer locale={locale} />
      <article className={styles.article}>
        <ArticleJsonLd article={article} siteUrl={siteUrl} locale={locale} credits={credits} />
        {isDraft ? null : <ViewBeacon articleId={String(article.id)} />}
        {(await previewUser()) ? <LazyLivePreviewRefresh /> : null}
        {isDraft ? (
          <p className={styles.draft}>
            {t('draftNotice')}
            <a href={`/preview/exit?slug=${article.slug}`}>{t('exitPreview')}</a>
          </p>
        ) : null}
        <h1 className={styles.title}>{article.title}</h1>
        <div className={styles.meta}>
          {article.publishedAt ? (
            <time dateTime={article.publishedAt}>
              {formatDateTime(article.publishedAt, timeZone, locale)}
            </time>
          ) : null}
          <Byline credits={credits} locale={locale} />
          {article.source?.name ? (
            <span>
              {t('source')}
              {article.source.url ? (
                <a href={article.source.url} rel="noopener nofollow" target="_blank">
                  {article.source.name}
                </a>
              ) : (
                article.source.name
              )}
            </span>
          ) : null}
          <ArticleTools
            articleId={String(article.id)}
            articleTitle={article.title}
            coins={coins}
            locale={locale}
            text={messages}
          />
        </div>
        {tags.length ? (
          <ul className={styles.tags} aria-label={t('tags')}>
            {tags.map((tag) => (
              <li key={tag.slug}>
                <PageLink href={localizedPath(locale, `/tag/${tag.slug}`)}>{tag.name}</PageLink>
              </li>
            ))}
          </ul>
        ) : null}
        {cover ? (
          <Image
            className={styles.cover}
            src={cover.url}
            alt={cover.alt}
            width={cover.width}
            height={cover.height}
            sizes="(max-width: 900px) 100vw, 800px"
            preload
            fetchPriority="high"
          />
        ) : null}
        <p className={styles.lead}>{article.summary}</p>
        <FoldableBody fold={shouldFold(article.body.root)} expandLabel={t('readFull')}>
          <ArticleBody body={article.body} siteUrl={siteUrl} tableLabel={t('table')} />
        </FoldableBody>
      </article>
      <Disclaimer locale={locale} />
      <RelatedNews
        articles={related}
        timeZone={timeZone}
        heading={t('moreNews')}
        text={cardTextOf(messages, locale)}
      />
    </PortalColumns>
  )
}
