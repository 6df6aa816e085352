import type { DateField } from 'payload'

import { ADMIN_DATE_FORMAT } from '@/lib/admin/adminDates'

/**
 * The publish time of articles and 快讯, to the second as readers see it; empty until published,
 * when the collection's fillPublishedAt hook stamps the moment.
 */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: { zh: '发布时间', en: 'Published at' },
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: ADMIN_DATE_FORMAT,
      timeFormat: 'HH:mm:ss',
      timeIntervals: 1,
    },
    description: { zh: '留空则为发布的时刻', en: 'Defaults to the moment of publishing' },
  },
}
