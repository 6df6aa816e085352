import type { PayloadRequest } from 'payload'

import { hasRole, isStaff } from '../../collections/access'
import { hasJobsRunToken } from './runToken'

type TUserLike = Parameters<typeof isStaff>[0]
const userOf = (req: PayloadRequest) => req.user as TUserLike

/**
 * Payload lets any signed-in user queue, cancel and run jobs by default; a reader must not be able
 * to publish or unpublish someone's article early. Editors schedule (the admin's 安排发布 queues a
 * job); running the queue is for the server's own scheduler (run token) and admins.
 */
export const jobsAccess = {
  queue: ({ req }: { req: PayloadRequest }) => isStaff(userOf(req)),
  cancel: ({ req }: { req: PayloadRequest }) => isStaff(userOf(req)),
  run: ({ req }: { req: PayloadRequest }) =>
    hasRole(userOf(req), 'admin') ||
    hasJobsRunToken(req.headers.get('authorization'), req.payload.secret),
}
