import net from 'node:net'

/**
 * A TCP port free on 127.0.0.1 right now, found by letting the system pick one and releasing it.
 * Someone else may take it before the caller binds it: callers that can, retry.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
