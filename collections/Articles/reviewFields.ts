import type { Field } from 'payload'

import { newsroomFieldOnly, nobodyField } from '@/collections/access'
import { REVIEW_NOTE_MAX, REVIEW_STATE_LABELS, REVIEW_STATES } from '@/lib/review/states'

/**
 * The review state and the 退回 note (lib/review/states.ts). Nobody writes them in a save: they
 * change only through POST /api/articles/:id/review (endpoints/articles/review.ts) and are cleared
 * by publishing (hooks/clearReviewOnPublish.ts). Readers never see them.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    label: { zh: '审核状态', en: 'Review' },
    type: 'select',
    options: REVIEW_STATES.map((state) => ({ value: state, label: REVIEW_STATE_LABELS[state] })),
    index: true,
    access: { read: newsroomFieldOnly, create: nobodyField, update: nobodyField },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.reviewState),
    },
  },
  {
    name: 'reviewNote',
    label: { zh: '退回说明', en: 'Note from the editor' },
    type: 'textarea',
    maxLength: REVIEW_NOTE_MAX,
    access: { read: newsroomFieldOnly, create: nobodyField, update: nobodyField },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.reviewNote),
    },
  },
  {
    // 提交审核 for the author, 退回 with a note for editors.
    name: 'reviewActions',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/ReviewActions.client#ReviewActions' },
    },
  },
]
