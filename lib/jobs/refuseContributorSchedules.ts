import { APIError, type Payload } from 'payload'

import { isStaff } from '@/collections/access'

export const ONLY_STAFF_SCHEDULE =
  '只有编辑和管理员可以安排发布 / only editors and admins can schedule publishing'

type TQueueArgs = { task?: string; input?: { user?: { relationTo?: string; value?: unknown } } }

/**
 * A scheduled publish runs as the user who queued it. Whatever path queues one (the admin's
 * 安排发布, or server code acting for a user), a user who is not staff is refused before the job
 * is stored; the job itself would also fail on the articles' update rule. Jobs queued by the
 * system without a user (seeds, tests) are not concerned.
 */
export function refuseContributorSchedules(payload: Payload): void {
  const queue = payload.jobs.queue.bind(payload.jobs) as (args: unknown) => Promise<unknown>
  const guardedQueue = async (args: TQueueArgs) => {
    const user = args.input?.user
    if (args.task === 'schedulePublish' && user?.relationTo === 'users' && user.value != null) {
      const account = await payload.findByID({
        collection: 'users',
        id: user.value as number | string,
        depth: 0,
        select: { roles: true },
        overrideAccess: true,
        disableErrors: true,
      })
      if (!isStaff(account)) throw new APIError(ONLY_STAFF_SCHEDULE, 403, undefined, true)
    }
    return queue(args)
  }
  payload.jobs.queue = guardedQueue as typeof payload.jobs.queue
}
