import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AuthorPage } from '@/app/(frontend)/[edition]/authors/_components/AuthorPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { messagesFor } from '@/lib/i18n/messages'
import { resolveAuthor } from '@/lib/queries/authorParams'
import { authorMetadata } from '@/lib/syndication/authorMetadata'

// Rendered on first request, then served from the cache until the profile or one of the
// author's articles changes (lib/queries/authors.ts).
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { slug: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const author = await resolveAuthor((await params).slug, locale)
  if (!author) return { title: messagesFor(locale).author.notFoundTitle }
  return authorMetadata({ author, locale })
}

/** A staff member's public page; an unknown slug, a malformed one or a reader's is the 404. */
export default async function AuthorProfilePage({ params }: TProps) {
  const locale = await editionOf(params)
  const author = await resolveAuthor((await params).slug, locale)
  if (!author) notFound()
  return <AuthorPage author={author} locale={locale} />
}
