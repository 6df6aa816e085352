import type { TEnv } from '@/lib/env'

/**
 * On MongoDB, backups are made and restored by its own tools, which take one consistent snapshot
 * of the whole server: print how to run them (given the server's URI without a database path) and
 * stop with exit code 2, so a script never half-does the job.
 */
export function handOffToMongoTools(env: TEnv, instructions: (serverUri: string) => string[]) {
  if (env.databaseKind !== 'mongodb') return
  const server = new URL(env.DATABASE_URI)
  server.pathname = '/'
  console.log(instructions(server.toString()).join('\n'))
  process.exit(2)
}
