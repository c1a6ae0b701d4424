// CPU time a server has used, read from Linux's /proc: the figures report where an uncached page spends
// its time (CMS or site), which latency alone cannot tell on a shared machine. Each server runs in a
// process group of its own (processes.ts), and the whole group counts, workers a server forks included.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

let ticksPerSecond: number | undefined

/** The kernel's clock ticks per second for /proc times (USER_HZ; 100 on every common Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** Process group and user + system ticks from one /proc/<pid>/stat line; the name in parentheses may hold spaces. */
export function parseStat(line: string): { group: number; ticks: number } | null {
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ')
  const [group, user, system] = [fields[2], fields[11], fields[12]].map(Number)
  return Number.isInteger(group) && Number.isFinite(user) && Number.isFinite(system) ? { group: group!, ticks: user! + system! } : null
}

/** Milliseconds of CPU used so far by the processes of group `group`, or null where there is no /proc. */
export function groupCpuMs(group: number, procRoot = '/proc', ticks = clockTicks()): number | null {
  let entries: string[]
  try {
    entries = readdirSync(procRoot).filter((entry) => /^\d+$/.test(entry))
  } catch {
    return null
  }
  let total = 0
  for (const pid of entries) {
    try {
      const stat = parseStat(readFileSync(path.join(procRoot, pid, 'stat'), 'utf8'))
      if (stat?.group === group) total += stat.ticks
    } catch {
      // The process ended between listing and reading.
    }
  }
  return (total * 1000) / ticks
}
