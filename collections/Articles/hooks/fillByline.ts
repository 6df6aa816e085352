import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { joinAuthorNames } from '@/lib/authors/byline'
import { bylineCredits } from '@/lib/authors/credits'
import { authorIdsOf, findCreditAccounts } from '@/lib/queries/findAuthors'

/**
 * The newsroom authors' display names, in the authors' order; other accounts are left out (the
 * same accounts and rules as the byline's links, lib/authors/credits.ts). Read server-side: the
 * editor saving may not read every account.
 */
async function authorNames(value: unknown, req: PayloadRequest): Promise<string[]> {
  const authorIds = authorIdsOf(value)
  const accounts = await findCreditAccounts(req.payload, authorIds, req)
  return bylineCredits({ byline: null, authorIds, accounts }).map((credit) => credit.name)
}

/**
 * Readers may not read user accounts, so the names shown under the title are stored on the
 * article. An editor may type a byline; otherwise the authors' display names are used in order,
 * joined by 、, and only newsroom authors' (staff or contributors): drafts skip validation, so a
 * reader named as author must not reach the byline either. A byline that is exactly the names the
 * previous authors gave follows the authors when they change; a typed one stays.
 */
export const fillByline: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const byline = data.byline === undefined ? originalDoc?.byline : data.byline
  const typed = typeof byline === 'string' ? byline.trim() : ''
  if (typed) {
    if (data.authors === undefined) return data
    const previousNames = joinAuthorNames(await authorNames(originalDoc?.authors, req))
    if (typed !== previousNames) return data
  }
  const authors = data.authors === undefined ? originalDoc?.authors : data.authors
  const names = await authorNames(authors, req)
  return names.length ? { ...data, byline: joinAuthorNames(names) } : data
}
