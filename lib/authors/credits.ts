import { isNewsroom, isStaff } from '@/collections/access'
import { joinAuthorNames } from './byline'

/** One name of a byline, with the author page it links to (null: no page, or a typed byline). */
export type TBylineCredit = { name: string; slug: string | null }

/** An author's account as the byline needs it; read server-side, roles never leave this file. */
export type TCreditAccount = {
  id: number | string
  displayName?: unknown
  profileSlug?: unknown
  roles?: unknown
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/**
 * The byline as names, in the authors' order. A byline that is the authors' own names (as
 * collections/Articles/hooks/fillByline.ts makes it) links each staff author with a page; a typed
 * one (a wire service, a pen name) is one name linking nowhere; no byline: the authors' names.
 * Only newsroom accounts count, as in the stored byline.
 */
export function bylineCredits(options: {
  byline: unknown
  authorIds: readonly (number | string)[]
  accounts: readonly TCreditAccount[]
}): TBylineCredit[] {
  const byId = new Map(options.accounts.map((account) => [String(account.id), account]))
  const credits = options.authorIds.flatMap((id): TBylineCredit[] => {
    const account = byId.get(String(id))
    const roles = Array.isArray(account?.roles) ? (account.roles as string[]) : []
    const user = account ? { id: account.id, roles } : null
    const name = text(account?.displayName)
    if (!user || !name || !isNewsroom(user)) return []
    return [{ name, slug: isStaff(user) ? text(account?.profileSlug) : null }]
  })
  const byline = text(options.byline)
  if (byline === null || byline === joinAuthorNames(credits.map((credit) => credit.name)))
    return credits
  return [{ name: byline, slug: null }]
}
