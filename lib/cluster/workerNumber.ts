/**
 * Set by the primary (lib/cluster/primary.ts) in each server process it starts: the process's
 * number, from 1. Unset in a single server process.
 */
export const WORKER_NUMBER_VARIABLE = 'NEWSROOM_WORKER'

export const workerNumber = (): string | undefined => process.env[WORKER_NUMBER_VARIABLE]
