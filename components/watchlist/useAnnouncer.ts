'use client'

import { useCallback, useState } from 'react'

/**
 * Text for an aria-live region. Saying the same sentence twice (上移 twice to the same place
 * cannot happen, but 已在最上方 can) must still be read out, so repeats differ by an invisible
 * character.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('')
  const announce = useCallback((next: string) => {
    setMessage((previous) => (previous === next ? `${next}\u200b` : next))
  }, [])
  return [message, announce]
}
