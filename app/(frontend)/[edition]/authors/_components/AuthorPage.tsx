import { AuthorProfile } from '@/components/author/AuthorProfile'
import { Disclaimer } from '@/components/article/Disclaimer'
import { CardList } from '@/components/feed/CardList'
import { cardTextOf } from '@/components/feed/cardText'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PageLink } from '@/components/portal/PageLink'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { AuthorJsonLd } from '@/components/author/AuthorJsonLd'
import { displaySettings } from '@/lib/display'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getTabs } from '@/lib/queries'
import { getAuthorArticles } from '@/lib/queries/authors'
import type { TFeedCursor } from '@/lib/queries/cursor'
import type { TAuthorProfile } from '@/lib/queries/findAuthors'
import styles from './AuthorPage.module.css'

/**
 * An author's page: the profile, then their published articles in the edition, 20 at a time; the
 * 更早的文章 link leads to the page after the last one (`/authors/<slug>/after/<cursor>`), a plain
 * link so it works without JavaScript and each page is cached like the feed's. Returns null when a
 * later page has run out, and the route answers 404.
 */
export async function AuthorPage({
  author,
  locale,
  cursor,
}: {
  author: TAuthorProfile
  locale: TLocale
  cursor?: TFeedCursor
}) {
  const tabs = await getTabs(locale)
  const page = await getAuthorArticles({ author, cursor, tabs, locale })
  if (cursor && page.items.length === 0) return null
  const messages = messagesFor(locale)
  const text = messages.author
  const { timeZone, siteUrl } = displaySettings()
  return (
    <PortalColumns
      sidebar={<PortalSidebar locale={locale} />}
      sidebarLabel={messages.article.sidebar}
    >
      <AuthorJsonLd author={author} siteUrl={siteUrl} locale={locale} />
      <AuthorProfile
        author={author}
        locale={locale}
        heading={cursor ? formatMessage(text.moreTitle, { name: author.name }) : undefined}
      />
      <Disclaimer locale={locale} />
      <h2 className={styles.heading}>{text.articles}</h2>
      {page.items.length === 0 ? <p className={styles.empty}>{text.empty}</p> : null}
      <CardList
        items={page.items}
        timeZone={timeZone}
        headingLevel="h3"
        bookmarkable
        text={cardTextOf(messages, locale)}
      />
      {page.nextCursor ? (
        <nav className={styles.pager} aria-label={messages.feed.pagination}>
          <PageLink
            href={localizedPath(locale, `/authors/${author.slug}/after/${page.nextCursor}`)}
          >
            {text.older}
          </PageLink>
        </nav>
      ) : null}
    </PortalColumns>
  )
}
