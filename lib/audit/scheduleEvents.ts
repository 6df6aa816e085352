import { createLocalReq, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { AUDITED_CONTENT, type TAuditedCollection } from './actions'
import { recordAuditEvent } from './record'

type TScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: number | string }
  user?: { relationTo?: string; value?: number | string }
}

const isAudited = (slug: string | undefined): slug is TAuditedCollection =>
  Boolean(slug && slug in AUDITED_CONTENT)

/**
 * Scheduling (the admin's 安排发布) queues Payload's `schedulePublish` job from a server function
 * of Payload's UI, and queued jobs run no collection hooks (jobs.runHooks is deprecated), so the
 * queue call itself is where a schedule is seen: this wraps it to record the event after the job
 * is stored. The job's input names the document, the user and the kind; the time is its waitUntil.
 */
export function auditSchedules(payload: Payload): void {
  const queue = payload.jobs.queue.bind(payload.jobs) as (args: unknown) => Promise<unknown>
  const recordingQueue = async (args: {
    task?: string
    input?: TScheduleInput
    waitUntil?: Date
  }) => {
    const job = await queue(args)
    const target = args.input?.doc
    if (args.task === 'schedulePublish' && isAudited(target?.relationTo) && target?.value != null) {
      const collection = target.relationTo
      const user = args.input?.user
      const req = await createLocalReq({}, payload)
      const doc = (await payload.findByID({
        collection,
        id: target.value,
        depth: 0,
        draft: true,
        overrideAccess: true,
        disableErrors: true,
      })) as { slug?: string | null; title?: unknown } | null
      const actor =
        user?.relationTo === 'users' && user.value != null
          ? ((await payload.findByID({
              collection: 'users',
              id: user.value,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
            })) as Pick<User, 'id' | 'email'> | null)
          : null
      await recordAuditEvent(
        req,
        {
          action: `${AUDITED_CONTENT[collection]}.scheduled`,
          actor: actor ? { id: actor.id, email: actor.email } : null,
          target: {
            collection,
            id: target.value,
            label: doc?.slug ?? (typeof doc?.title === 'string' ? doc.title : undefined),
          },
          details: {
            kind: args.input?.type === 'unpublish' ? 'unpublish' : 'publish',
            at: args.waitUntil ? new Date(args.waitUntil).toISOString() : undefined,
          },
        },
        { inTransaction: false },
      )
    }
    return job
  }
  payload.jobs.queue = recordingQueue as typeof payload.jobs.queue
}
