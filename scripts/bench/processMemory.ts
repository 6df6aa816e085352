import { readFile } from 'node:fs/promises'

/** Peak resident memory (VmHWM) of a process and its descendants, in MiB, from /proc. */
export async function peakRssMiB(pid: number): Promise<number> {
  let totalKiB = 0
  for (const id of await withDescendants(pid)) {
    const status = await readFile(`/proc/${id}/status`, 'utf8').catch(() => '')
    totalKiB += Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
  }
  return Math.round(totalKiB / 1024)
}

async function withDescendants(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')
  const ids = children.trim().split(/\s+/).filter(Boolean).map(Number)
  const nested = await Promise.all(ids.map(withDescendants))
  return [pid, ...nested.flat()]
}
