type TStatus = string | null | undefined

/**
 * What a save did to the live version: `published` when it published (the first time or again),
 * `unpublished` when the live version went from published to draft, otherwise nothing (a draft
 * saved beside or over the live version). Payload's own before/after documents are the latest
 * versions, drafts included, so they cannot tell an unpublish from a draft save; the live
 * document before and after the save can.
 */
export function publishTransition({
  savedStatus,
  liveBefore,
  liveAfter,
}: {
  savedStatus: TStatus
  liveBefore: TStatus
  liveAfter: TStatus
}): 'published' | 'unpublished' | null {
  if (savedStatus === 'published') return 'published'
  if (liveBefore === 'published' && liveAfter !== 'published') return 'unpublished'
  return null
}
