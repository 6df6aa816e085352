import { givePointBack, spendPoint } from '@/lib/rateLimit/spend'
import { interactiveCalls } from './callBudget'

/** The per-user budgets of lib/rateLimit/rules.ts that a reader's provider calls spend. */
export type TReaderBudgetRule = 'coinProviderSearchPerUser' | 'coinAdoptPerUser'

export type TReaderCallPermit =
  | { granted: true }
  | { granted: false; spentBy: 'reader'; retryAfterSeconds: number }
  | { granted: false; spentBy: 'everyone' }

/**
 * Whether a signed-in reader's request may call the provider now. The reader's own budget comes
 * first (keyed by user id and counted for all the server's processes, so no address or process
 * buys more); then the process's budget for all readers (callBudget.ts), the last guard of the
 * quota. A call that the shared budget refuses is not counted against the reader.
 */
export async function takeReaderCall(options: {
  rule: TReaderBudgetRule
  userId: number | string
}): Promise<TReaderCallPermit> {
  const key = String(options.userId)
  const spent = await spendPoint(options.rule, key)
  if (!spent.allowed) {
    return { granted: false, spentBy: 'reader', retryAfterSeconds: spent.retryAfterSeconds }
  }
  if (interactiveCalls.tryTake()) return { granted: true }
  await givePointBack(options.rule, key)
  return { granted: false, spentBy: 'everyone' }
}
