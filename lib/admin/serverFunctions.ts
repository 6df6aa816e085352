import type { ServerFunction } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { isStaff, userOf } from '@/collections/access'
import { ONLY_STAFF_SCHEDULE } from '@/lib/jobs/refuseContributorSchedules'

/**
 * The admin's 安排发布 server function queues (and, with `deleteID`, first deletes) a scheduled
 * publish job as the system, checking only that the user may open the admin. Contributors may
 * open it, so it is for staff only here; the answer is the handler's own error shape.
 */
export const staffOnlySchedulePublish: ServerFunction = (args) =>
  isStaff(userOf(args.req))
    ? schedulePublishHandler(args as Parameters<typeof schedulePublishHandler>[0])
    : { error: ONLY_STAFF_SCHEDULE }

/** Our replacements of Payload's admin server functions (app/(payload)/layout.tsx). */
export const newsroomServerFunctions: Record<string, ServerFunction> = {
  'schedule-publish': staffOnlySchedulePublish,
}
