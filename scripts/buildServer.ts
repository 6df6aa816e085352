import { buildServerBundle, SERVER_BUNDLE } from './lib/serverBundle'

try {
  await buildServerBundle()
  console.log(`✓ production server bundled into ${SERVER_BUNDLE}`)
} catch (error) {
  console.error(`✖ could not bundle server.ts: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
