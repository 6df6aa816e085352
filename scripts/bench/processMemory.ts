import { readFile } from 'node:fs/promises'

/** A size line of /proc/<pid>/status (VmRSS, VmHWM…) in KiB; 0 once the process is gone. */
async function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
}

/** Peak resident memory (VmHWM) of a process and its descendants, in MiB, from /proc. */
export async function peakRssMiB(pid: number): Promise<number> {
  let totalKiB = 0
  for (const id of await withDescendants(pid)) totalKiB += await statusKiB(id, 'VmHWM')
  return Math.round(totalKiB / 1024)
}

/** Resident memory (VmRSS) right now of a process and of each of its descendants, in MiB. */
export async function rssMiBByProcess(pid: number): Promise<Map<number, number>> {
  const byProcess = new Map<number, number>()
  for (const id of await withDescendants(pid)) {
    const kiB = await statusKiB(id, 'VmRSS')
    if (kiB > 0) byProcess.set(id, kiB / 1024)
  }
  return byProcess
}

/** The process and all its descendants, parents first. */
export async function withDescendants(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')
  const ids = children.trim().split(/\s+/).filter(Boolean).map(Number)
  const nested = await Promise.all(ids.map(withDescendants))
  return [pid, ...nested.flat()]
}
