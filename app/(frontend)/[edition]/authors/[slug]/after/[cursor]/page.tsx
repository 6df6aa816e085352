import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AuthorPage } from '@/app/(frontend)/[edition]/authors/_components/AuthorPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { formatMessage } from '@/lib/i18n/format'
import { messagesFor } from '@/lib/i18n/messages'
import { resolveAuthor } from '@/lib/queries/authorParams'
import { isKnownAuthorCursor } from '@/lib/queries/authors'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { safeDecode } from '@/lib/queries/scope'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { slug: string; cursor: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const author = await resolveAuthor((await params).slug, locale)
  const text = messagesFor(locale).author
  return {
    title: author ? formatMessage(text.moreTitle, { name: author.name }) : text.notFoundTitle,
    robots: { index: false, follow: true },
  }
}

/**
 * A later page of an author's articles. A cursor the author page did not write (malformed, made
 * up, another author's article) is not found: Next keeps no copy of a not-found page.
 */
export default async function AuthorAfterCursorPage({ params }: TProps) {
  const locale = await editionOf(params)
  const { slug, cursor: rawCursor } = await params
  const cursor = ZCursorSchema.safeParse(safeDecode(rawCursor))
  if (!cursor.success) notFound()
  const author = await resolveAuthor(slug, locale)
  if (!author) notFound()
  if (!(await isKnownAuthorCursor({ authorId: author.id, cursor: cursor.data, locale }))) notFound()
  const page = await AuthorPage({ author, locale, cursor: cursor.data })
  if (!page) notFound()
  return page
}
