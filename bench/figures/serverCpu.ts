import { fixed } from '../report/format'
import { groupCpuMs } from '../servers/cpuTime'
import { median } from '../stats'
import type { Stack } from './types'

/** CPU milliseconds per request in the CMS and in the site. */
export type ServerCpu = { cms: number; web: number }

/** Runs `work`, which sends `requests` requests to `stack`, and measures its servers' CPU per request (null without /proc). */
export async function withServerCpu<T>(stack: Stack, requests: number, work: () => Promise<T>): Promise<[T, ServerCpu | null]> {
  const read = () => [groupCpuMs(stack.cms.group), groupCpuMs(stack.web.group)] as const
  const [cmsBefore, webBefore] = read()
  const result = await work()
  const [cmsAfter, webAfter] = read()
  if (cmsBefore === null || webBefore === null || cmsAfter === null || webAfter === null) return [result, null]
  return [result, { cms: (cmsAfter - cmsBefore) / requests, web: (webAfter - webBefore) / requests }]
}

/** The median CPU per request over several runs; null when it could not be read. */
export function medianCpu(runs: (ServerCpu | null)[]): ServerCpu | null {
  const known = runs.filter((run): run is ServerCpu => run !== null)
  return known.length ? { cms: median(known.map((run) => run.cms)), web: median(known.map((run) => run.web)) } : null
}

/** "CPU per page: CMS 6.0 ms, site 9.0 ms" for the notes, or nothing when the CPU is unknown. */
export const cpuText = (cpu: ServerCpu | null, per: string): string => (cpu ? `CPU per ${per}: CMS ${fixed(cpu.cms, 1)} ms, site ${fixed(cpu.web, 1)} ms` : '')
