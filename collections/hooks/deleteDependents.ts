import type { CollectionBeforeDeleteHook } from 'payload'

import { idOfRelation } from '@/lib/db/documentId'
import { forgetShareImage } from '@/lib/db/shareImageReferences'
import { recountVoteTallies } from '@/lib/flash/voteTallies'

/**
 * Rows that name a document in a required relation cannot outlive it: SQLite refuses to empty the
 * relation (NOT NULL), so deleting the document failed with a 500. These go first, in the same
 * transaction: an article's bookmarks; a flash's votes; an account's bookmarks, watchlist and
 * 快讯 votes (the flashes it voted on are recounted, so their 利好 / 利空 lose the vote with it).
 */
export const deleteBookmarksOfArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'bookmarks',
    where: { article: { equals: id } },
    overrideAccess: true,
    req,
  })
}

/** An article's 热门 counts (collections/ArticleViews.ts) go with it. */
export const deleteViewsOfArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'article-views',
    where: { article: { equals: id } },
    overrideAccess: true,
    req,
  })
}

export const deleteVotesOfFlash: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'flash-votes',
    where: { flash: { equals: id } },
    overrideAccess: true,
    req,
  })
}

export const deleteRowsOfAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs: votes } = await req.payload.find({
    collection: 'flash-votes',
    where: { user: { equals: id } },
    select: { flash: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const collection of ['bookmarks', 'flash-votes'] as const)
    await req.payload.delete({
      collection,
      where: { user: { equals: id } },
      overrideAccess: true,
      req,
    })
  await req.payload.delete({
    collection: 'watchlists',
    where: { owner: { equals: id } },
    overrideAccess: true,
    req,
  })
  const flashes = new Set(votes.flatMap((vote) => idOfRelation(vote.flash) ?? []))
  for (const flash of flashes) await recountVoteTallies(req, flash)
}

/** An image's use as an article's or 快讯's 搜索与分享 image goes with it (see the function). */
export const forgetImageAsShareImage: CollectionBeforeDeleteHook = ({ id, req }) =>
  forgetShareImage(req, id)
