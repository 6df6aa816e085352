import { getEnv } from '@/lib/env'
import { internalToken, isInternalToken } from '@/lib/security/internalToken'

/**
 * The header with which the app's own edge refreshes (lib/edge/refresh.ts, through nginx's refresh
 * listener) say they are the app renewing a shared copy, not a reader: per-client limits meant
 * for readers (the content API's anonymous limit) do not count them. nginx's listener passes
 * request headers on; only the app knows the token.
 */
export const EDGE_REFRESH_HEADER = 'x-newsroom-edge-refresh'
const PURPOSE = 'edge-refresh'

export const edgeRefreshToken = (): string => internalToken(getEnv().PAYLOAD_SECRET, PURPOSE)

export const isEdgeRefreshRequest = (headers: Pick<Headers, 'get'>): boolean =>
  isInternalToken(headers.get(EDGE_REFRESH_HEADER), getEnv().PAYLOAD_SECRET, PURPOSE)
