/**
 * deploy/nginx.conf as the scale-out bench starts it (deploy/startNginx with several upstreams and
 * no micro-cache): requests are shared between the app instances, and with the micro-cache off
 * every request reaches one, so the bench loads the origins and not nginx's copies. Two stand-in
 * apps that say who answered. Skipped without nginx like nginx-microcache.int.spec.ts (with
 * CI=true it runs regardless).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { findNginxBinary, startNginx, type TNginx } from '@/deploy/startNginx'

type TStandIn = { server: http.Server; address: string; hits: number }

async function startStandIn(name: string): Promise<TStandIn> {
  const standIn = { hits: 0 } as TStandIn
  standIn.server = http.createServer((_request, response) => {
    standIn.hits++
    // Like Next's cached pages: a shared cache would keep this for a year.
    response.setHeader('Cache-Control', 'public, s-maxage=31536000')
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(`answered by ${name}`)
  })
  await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve))
  standIn.address = `127.0.0.1:${(standIn.server.address() as AddressInfo).port}`
  return standIn
}

const nginxMissing = await findNginxBinary().then(
  () => null,
  (error: Error) => error.message,
)
const skip = nginxMissing !== null && process.env.CI !== 'true'
if (skip) console.warn(`nginx balancer tests skipped: ${nginxMissing}`)
const describeWithNginx = skip ? describe.skip : describe

let apps: TStandIn[] = []
const started: TNginx[] = []
afterAll(async () => {
  for (const nginx of started) await nginx.stop()
  for (const app of apps) await new Promise((resolve) => app.server.close(resolve))
})

beforeAll(async () => {
  if (skip) return
  apps = await Promise.all([startStandIn('instance 1'), startStandIn('instance 2')])
})

async function bodiesOf(nginx: TNginx, pathname: string, count: number): Promise<string[]> {
  const bodies: string[] = []
  for (let i = 0; i < count; i++)
    bodies.push(await (await fetch(`${nginx.baseUrl}${pathname}`)).text())
  return bodies
}

describeWithNginx('nginx over two app instances, micro-cache off (the scale-out bench)', () => {
  test('every anonymous page view reaches an instance, and both instances answer', async () => {
    const nginx = await startNginx({
      upstream: apps.map((app) => app.address),
      listenPort: 0,
      microCache: false,
    })
    started.push(nginx)
    const hitsBefore = apps.map((app) => app.hits)
    const bodies = await bodiesOf(nginx, '/balanced', 10)
    const hits = apps.map((app, index) => app.hits - hitsBefore[index]!)
    expect(hits.reduce((sum, count) => sum + count, 0)).toBe(10)
    expect(new Set(bodies)).toEqual(new Set(['answered by instance 1', 'answered by instance 2']))
  })

  test('with the micro-cache on (the default), the same views are answered from nginx', async () => {
    const nginx = await startNginx({ upstream: apps.map((app) => app.address), listenPort: 0 })
    started.push(nginx)
    const hitsBefore = apps.map((app) => app.hits)
    await bodiesOf(nginx, '/cached', 10)
    const hits = apps.map((app, index) => app.hits - hitsBefore[index]!)
    expect(hits.reduce((sum, count) => sum + count, 0)).toBeLessThan(10)
  })

  test('refuses an empty list of instances', async () => {
    await expect(startNginx({ upstream: [], listenPort: 0 })).rejects.toThrow('at least one')
  })
})
