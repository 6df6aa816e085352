import { pickMessages, type TMessages } from '@/lib/i18n/messages'

/**
 * Only the messages the header's account corner uses: they travel in every portal page's payload
 * to the client island, so the rest of the account namespace (forms, mails, about 3 KB of the
 * article page's inline payload) stays on the server.
 */
const ACCOUNT_LINK_KEYS = [
  'login',
  'register',
  'accountOf',
  'accountPrefix',
] as const satisfies readonly (keyof TMessages['account'])[]

/** What the header's 登录 / 注册 or display-name link says. */
export type TAccountLinkText = Pick<TMessages['account'], (typeof ACCOUNT_LINK_KEYS)[number]>

export const accountLinkTextOf = (messages: TMessages): TAccountLinkText =>
  pickMessages(messages.account, ACCOUNT_LINK_KEYS)
