import type { Endpoint } from 'payload'

import { checkDatabase } from '@/lib/db/health'
import { answersWith } from './respond'

// A health answer is about this moment: no browser, proxy or Next cache may keep one.
const healthAnswers = answersWith({ 'Cache-Control': 'no-store' })

/**
 * GET /api/health, for load balancers, compose and monitoring: 200 `{ status: 'ok', database: 'ok' }`,
 * or 503 `{ status: 'error', database: '<what is wrong>' }`. Anonymous, cheap, never cached.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const database = await checkDatabase(req.payload)
    if (database.ok) return healthAnswers.json({ status: 'ok', database: 'ok' })
    return healthAnswers.json({ status: 'error', database: database.reason }, 503)
  },
}
