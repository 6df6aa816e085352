import type { CollectionConfig } from 'payload'

import { nobody } from './access'

/**
 * Named leases that keep a job to one process at a time across every server process sharing the
 * database (lib/market/lease.ts). The unique `name` is what makes taking a lease atomic on both
 * SQLite and MongoDB. Only the system writes here; nobody reads it over the API.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  labels: { singular: { zh: '任务租约', en: 'Lease' }, plural: { zh: '任务租约', en: 'Leases' } },
  admin: { hidden: true, useAsTitle: 'name' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true, maxLength: 64 },
    { name: 'holder', type: 'text', required: true, maxLength: 120 },
    /** False once the job finished and the lease only enforces a cool-down until expiresAt. */
    { name: 'running', type: 'checkbox', required: true, defaultValue: true },
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
