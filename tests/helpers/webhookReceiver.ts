import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type TReceived = { path: string; headers: http.IncomingHttpHeaders; body: string }
/** What the receiver does with a request to a path: answer with a status, or never answer. */
export type TBehaviour = (attempt: number) => number | 'hang'

/**
 * A webhook receiver on 127.0.0.1 that records every request; each path answers 200 unless a
 * behaviour is set for it (by the path's attempt number, from 1).
 */
export async function startWebhookReceiver() {
  const received: TReceived[] = []
  const behaviours = new Map<string, TBehaviour>()
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const path = request.url ?? '/'
    received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
    const attempt = received.filter((item) => item.path === path).length
    const answer = behaviours.get(path)?.(attempt) ?? 200
    if (answer === 'hang') {
      hanging.add(response)
      return
    }
    response.writeHead(answer, { 'content-type': 'text/plain' })
    response.end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path: string) => received.filter((item) => item.path === path),
    behave: (path: string, behaviour: TBehaviour) => behaviours.set(path, behaviour),
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy()
        server.close(() => resolve())
      }),
  }
}

/** What a receiver computes to check X-Newsroom-Signature (as docs/webhooks.md shows). */
export const expectedSignature = (body: string, secret: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
