import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from './payload'
import { seedActors, type TActors } from './users'

export type TPayloadWithActors = { payload: Payload; actors: TActors }

/**
 * Payload on a database of its own with the access matrix's actors, started before the file's
 * tests and cleaned up after them. Read the returned object inside tests (filled in `beforeAll`).
 */
export function startPayloadWithActorsForFile(): TPayloadWithActors {
  const session = {} as TPayloadWithActors
  let context: TTestPayload | undefined
  beforeAll(async () => {
    context = await startTestPayload()
    session.payload = context.payload
    session.actors = await seedActors(context.payload)
  })
  afterAll(async () => context?.cleanup())
  return session
}
