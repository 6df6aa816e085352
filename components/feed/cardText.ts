import type { TMessages } from '@/lib/i18n/messages'

/** What a feed card says (头条, 标签, 收藏 …), handed down by the server page to the client lists. */
export type TCardText = Pick<TMessages, 'feed' | 'bookmarks'>
