import { startNextProductionServer, type TProductionServer } from '@/scripts/lib/productionServer'

export type { TProductionServer }

/**
 * `next start` of the production build on a fresh database of its own, seeded on first start as a
 * new install would be. Requires `next build` to have run (npm run test:e2e does it).
 */
export async function startProductionServer(
  extraEnv: Record<string, string> = {},
): Promise<TProductionServer> {
  return startNextProductionServer({
    env: { PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef', ...extraEnv },
    tempPrefix: 'newsroom-e2e-',
  })
}
