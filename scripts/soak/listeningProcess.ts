import { readdir, readFile, readlink } from 'node:fs/promises'

/** Socket inodes listening on `port` (any address), from /proc/net/tcp and tcp6. */
async function listeningInodes(port: number): Promise<Set<string>> {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1)
    for (const line of lines) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/)
      // State 0A is LISTEN; the port is the hexadecimal after the address's colon.
      if (state === '0A' && local && parseInt(local.split(':').at(-1)!, 16) === port && inode)
        inodes.add(inode)
    }
  }
  return inodes
}

async function parentOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // The command name in parentheses may hold spaces: the parent id follows the closing one.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? 0)
}

/**
 * The process that listens on `port` on this machine (with a cluster, the primary: the topmost of
 * the processes holding the socket), or undefined when none of the readable processes does. Only
 * the caller's own processes are readable, which is enough for a server started by the same user.
 */
export async function listeningProcess(port: number): Promise<number | undefined> {
  const inodes = await listeningInodes(port)
  if (inodes.size === 0) return undefined
  const holders: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const fds = await readdir(`/proc/${entry}/fd`).catch(() => [])
    for (const fd of fds) {
      const target = await readlink(`/proc/${entry}/fd/${fd}`).catch(() => '')
      if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1] ?? '')) {
        holders.push(Number(entry))
        break
      }
    }
  }
  for (const pid of holders) if (!holders.includes(await parentOf(pid))) return pid
  return undefined
}
