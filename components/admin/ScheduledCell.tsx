import type { DefaultServerCellComponentProps } from 'payload'

import type { TNewsroomKey } from '@/lib/admin/i18n'
import { pendingSchedulesOfRender } from '@/lib/admin/scheduledPublishing'
import { getEnv } from '@/lib/env'
import { formatDateTime } from '@/lib/format/datetime'
import { localeOrDefault } from '@/lib/i18n/locales'

const t = (key: TNewsroomKey) => key as never

/**
 * The admin list's 定时 column: when a publish (or unpublish) of the row's document is waiting
 * in the jobs queue, its kind and time in the portal's display time zone.
 */
export async function ScheduledCell({
  collectionSlug,
  i18n,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const schedules = await pendingSchedulesOfRender(payload, collectionSlug)
  const scheduled = rowData?.id === undefined ? undefined : schedules.get(String(rowData.id))
  if (!scheduled) return null
  const locale = localeOrDefault(i18n.language)
  const label =
    scheduled.type === 'unpublish' ? 'newsroom:scheduledUnpublish' : 'newsroom:scheduled'
  return (
    <span className="scheduled-cell" data-scheduled-at={scheduled.at}>
      {i18n.t(t(label))} {formatDateTime(scheduled.at, getEnv().TZ_DISPLAY, locale)}
    </span>
  )
}
