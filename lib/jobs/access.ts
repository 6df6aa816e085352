import type { PayloadRequest } from 'payload'

import { hasRole, isStaff, userOf } from '@/collections/access'
import { hasJobsRunToken } from './runToken'

type TJobsAccessArgs = { req: PayloadRequest }

/**
 * Payload lets any signed-in user queue, cancel and run jobs by default; a reader must not be able
 * to publish or unpublish someone's article early. Editors schedule (the admin's 安排发布 queues a
 * job); running the queue is for the server's own scheduler (run token) and admins.
 */
export const jobsAccess = {
  queue: ({ req }: TJobsAccessArgs) => isStaff(userOf(req)),
  cancel: ({ req }: TJobsAccessArgs) => isStaff(userOf(req)),
  run: ({ req }: TJobsAccessArgs) =>
    hasRole(userOf(req), 'admin') ||
    hasJobsRunToken(req.headers.get('authorization'), req.payload.secret),
}
