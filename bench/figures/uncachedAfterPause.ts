import { setTimeout as sleep } from 'node:timers/promises'
import { measure } from '../load'
import { ms } from '../report/format'
import { terrainPaths } from './pages'
import { cpuText, withServerCpu } from './serverCpu'
import { notAvailable, type Figure } from './types'

/**
 * Long enough for V8's memory reducer (it starts 8 s after the allocation rate drops) to shrink the site's
 * heap. The CMS runs without it (@stadtmacher/config/cmsNode), so what remains on its side is the cold
 * first wave of requests.
 */
const pauseSeconds = (quick: boolean) => (quick ? 2 : 35)

/**
 * The first uncached TERRAIN pages after both servers had no requests for a while, as after a quiet
 * spell in production: p95 at 10 connections and the CPU per page, to read next to the uncached-page
 * figure, which measures the steady state. Measured on 2026-11-30 with the reducer on, the CMS's CPU per
 * page was 30–50% higher for the first 600–900 pages after a 35 s pause than before it; without it, this
 * figure's CMS CPU per page went from 6.9–8.8 ms to 5.8–6.3 ms. A report, not a target: it shows whether
 * a change (e.g. the same flag for the site) makes the servers recover faster.
 */
export const uncachedAfterPause: Figure = {
  id: 'pause',
  title: 'uncached page after a pause',
  async run({ full, seed, options }) {
    const seconds = pauseSeconds(options.quick)
    const figure = `uncached TERRAIN page after ${seconds} s without requests (p95, 10 connections)`
    // German pages from the middle of the set: the uncached figure takes the first ones, scale the last.
    const paths = terrainPaths(full, seed, 'de', Math.floor(full.sizes.terrain / 2), options.quick ? 40 : 150)
    if (!paths.length) return [notAvailable(figure, 'report only', 'the site links no TERRAIN page')]
    await sleep(seconds * 1000)
    const [page, cpu] = await withServerCpu(full, paths.length, () => measure({ url: full.web.url, paths, connections: 10, duration: 0, amount: paths.length }, 1))
    return [{
      figure,
      measured: ms(page.p95),
      target: 'report only',
      status: page.failures > 0 ? 'error' : 'report',
      note: [`${paths.length} distinct pages`, cpuText(cpu, 'page'), page.failures ? `${page.failures} failed requests` : ''].filter(Boolean).join('; '),
      data: { seconds, p95: page.p95, page, cpu },
    }]
  },
}
