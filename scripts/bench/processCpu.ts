import { readFile } from 'node:fs/promises'

import { withDescendants } from './processMemory'

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100

/** CPU time (user + system) a process has used, in seconds; 0 once it is gone. */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS_PER_SECOND
}

/** CPU seconds of a process and its descendants (the server's worker processes). */
export async function treeCpuSeconds(pid: number): Promise<number> {
  let total = 0
  for (const id of await withDescendants(pid)) total += await cpuSeconds(id)
  return total
}
