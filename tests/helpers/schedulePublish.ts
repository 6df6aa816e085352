import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

/**
 * Queues the publish (or unpublish) of an article at `at`, as the admin's 安排发布 drawer does
 * (@payloadcms/ui schedulePublishHandler): a `schedulePublish` job that waits until then.
 */
export async function scheduleArticleStatus(
  payload: Payload,
  options: { articleId: Article['id']; at: Date; type?: 'publish' | 'unpublish' },
) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: options.type ?? 'publish',
      doc: { relationTo: 'articles', value: options.articleId },
    },
    waitUntil: options.at,
  })
}
