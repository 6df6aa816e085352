import path from 'node:path'

import { build } from 'esbuild'

/** The bundled production server that `npm run build` writes and `npm start` runs. */
export const SERVER_BUNDLE = path.join('dist', 'server.cjs')

/**
 * Bundles server.ts and the lib/ code it imports into one CommonJS file that plain `node` runs,
 * in the project and in the Docker image's standalone output alike. `next` stays external: the
 * server must use the very Next installation that serves the build.
 */
export async function buildServerBundle(): Promise<void> {
  await build({
    entryPoints: ['server.ts'],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['next'],
    logLevel: 'warning',
  })
}
