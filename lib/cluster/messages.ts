/** What the server's processes tell each other over the cluster's IPC channel. */
export type TTagExpiryMessage = { type: 'newsroom:tags-expired'; tags: string[] }

export const tagExpiryMessage = (tags: readonly string[]): TTagExpiryMessage => ({
  type: 'newsroom:tags-expired',
  tags: [...tags],
})

/** Checked by hand: IPC carries whatever a process sends, and this runs on every message. */
export function isTagExpiryMessage(message: unknown): message is TTagExpiryMessage {
  if (typeof message !== 'object' || message === null) return false
  const candidate = message as Partial<TTagExpiryMessage>
  return (
    candidate.type === 'newsroom:tags-expired' &&
    Array.isArray(candidate.tags) &&
    candidate.tags.every((tag) => typeof tag === 'string')
  )
}
