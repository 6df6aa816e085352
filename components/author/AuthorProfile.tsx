import Image from 'next/image'

import type { TLocale } from '@/lib/i18n/locales'
import { localizedPath } from '@/lib/i18n/locales'
import { formatMessage } from '@/lib/i18n/format'
import { messagesFor } from '@/lib/i18n/messages'
import type { TAuthorProfile } from '@/lib/queries/findAuthors'
import styles from './AuthorProfile.module.css'

/** The head of an author page: avatar, name, bio (plain text) and the author's RSS feed. */
export function AuthorProfile({
  author,
  locale,
  heading,
}: {
  author: TAuthorProfile
  locale: TLocale
  /** A later page's own title instead of the name. */
  heading?: string
}) {
  const text = messagesFor(locale).author
  return (
    <header className={styles.profile}>
      {author.avatar ? (
        <Image
          className={styles.avatar}
          src={author.avatar.url}
          alt={formatMessage(text.avatarAlt, { name: author.name })}
          width={96}
          height={96}
          sizes="96px"
        />
      ) : null}
      <div className={styles.text}>
        <h1 className={styles.name}>{heading ?? author.name}</h1>
        {author.bio && !heading ? <p className={styles.bio}>{author.bio}</p> : null}
        <a
          className={styles.rss}
          href={localizedPath(locale, `/authors/${author.slug}/rss.xml`)}
          type="application/rss+xml"
        >
          {text.rss}
        </a>
      </div>
    </header>
  )
}
