import type { Payload } from 'payload'

import { demoAccounts } from './accounts'

/**
 * First start on an empty database: write the demo content so the portal has something to show.
 * A database that already has tags or articles is never touched.
 */
export async function seedIfEmpty(
  payload: Payload,
  options: { accounts: boolean; printAccounts: boolean },
): Promise<void> {
  const [tags, articles] = await Promise.all([
    payload.count({ collection: 'tags', overrideAccess: true }),
    payload.count({ collection: 'articles', overrideAccess: true }),
  ])
  if (tags.totalDocs > 0 || articles.totalDocs > 0) return
  payload.logger.info('Empty database: writing the demo content (npm run seed does the same).')
  // Loaded only when needed: the demo articles are a few hundred kilobytes of text.
  const { seedDemoContent } = await import('./seedDemoContent')
  await seedDemoContent(payload, options)
  if (options.accounts && options.printAccounts) printDemoAccounts(payload)
}

export function printDemoAccounts(payload: Payload): void {
  const lines = demoAccounts.map((a) => `  ${a.roles[0].padEnd(11)}  ${a.email}  /  ${a.password}`)
  payload.logger.info(`Local demo accounts (development only):\n${lines.join('\n')}`)
}
