import { docAccessOperation, type CollectionSlug, type ServerFunction } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { isContributor, isStaff, userOf } from '@/collections/access'
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

type TFormStateArgs = {
  id?: number | string
  collectionSlug?: string
  returnLockStatus?: boolean
  updateLastEdited?: boolean
}

/**
 * The admin's form state takes a document's edit lock through the database for whatever id it
 * names, so anyone in the admin could hold a lock on an article and make an editor's save ask to
 * take it over. The form state's arguments, with the lock asked for only by staff and by a
 * contributor on a document they may change.
 */
export async function formStateArgsWithAllowedLock<TArgs extends Parameters<ServerFunction>[0]>(
  args: TArgs,
): Promise<TArgs> {
  const { id, collectionSlug, returnLockStatus } = args as TArgs & TFormStateArgs
  const user = userOf(args.req)
  if (!returnLockStatus || id == null || !collectionSlug || isStaff(user)) return args
  const collection = args.req.payload.collections[collectionSlug as CollectionSlug]
  const mayChange =
    isContributor(user) && collection
      ? Boolean((await docAccessOperation({ id, collection, req: args.req })).update)
      : false
  return mayChange ? args : { ...args, returnLockStatus: false, updateLastEdited: false }
}

/** Payload's form state handler, after formStateArgsWithAllowedLock. */
export const formStateWithAllowedLock: ServerFunction = async (args) => {
  // Loaded on use: the module brings the admin's UI code, which only the Next server can load.
  const { buildFormStateHandler } = await import('@payloadcms/ui/utilities/buildFormState')
  const handle = buildFormStateHandler as ServerFunction
  return handle(await formStateArgsWithAllowedLock(args))
}

/** Our replacements of Payload's admin server functions (app/(payload)/layout.tsx). */
export const newsroomServerFunctions: Record<string, ServerFunction> = {
  'schedule-publish': staffOnlySchedulePublish,
  'form-state': formStateWithAllowedLock,
}
