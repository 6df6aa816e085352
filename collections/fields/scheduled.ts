import type { UIField } from 'payload'

/**
 * The admin list's 定时 column (components/admin/ScheduledCell.tsx): a publish or unpublish waiting
 * in the jobs queue, with its time. Nothing is stored; the edit view shows the schedule in
 * Payload's own 安排发布 drawer.
 */
export const scheduledColumn: UIField = {
  name: 'scheduled',
  label: { zh: '定时', en: 'Scheduled' },
  type: 'ui',
  admin: {
    components: { Cell: '/components/admin/ScheduledCell#ScheduledCell' },
  },
}
