import { z } from 'zod'

import { jsonOf, type TSoakClient } from './client'

/** What readers write about: coins for watchlists, published articles for bookmarks. */
export type TCatalog = { coinIds: string[]; articleIds: string[] }

const ZIdList = z.object({ docs: z.array(z.object({ id: z.union([z.number(), z.string()]) })) })

/** The first page (up to Payload's cap of 100) of a public collection, as ids. */
async function publicIds(
  call: TSoakClient,
  collection: string,
  clientAddress: string,
): Promise<string[]> {
  const answer = await call({
    kind: 'setup',
    path: `/api/${collection}?limit=100&depth=0&select[id]=true`,
    clientAddress,
  })
  const parsed = ZIdList.safeParse(jsonOf(answer))
  if (answer.status !== 200 || !parsed.success)
    throw new Error(`reading /api/${collection} failed (${answer.status})`)
  return parsed.data.docs.map((doc) => String(doc.id))
}

/** Read once before the load; a visitor can read both lists. */
export async function loadCatalog(call: TSoakClient, clientAddress: string): Promise<TCatalog> {
  const catalog = {
    coinIds: await publicIds(call, 'coins', clientAddress),
    articleIds: await publicIds(call, 'articles', clientAddress),
  }
  if (catalog.coinIds.length < 2 || catalog.articleIds.length < 2)
    throw new Error(
      'the server has too few coins or published articles to write about (seed it first)',
    )
  return catalog
}
