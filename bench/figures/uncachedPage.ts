import { measure, type LoadSummary } from '../load'
import { fixed, ms } from '../report/format'
import { median, ratio } from '../stats'
import { warmPagesPerLocale, warmUp } from '../warmUp'
import { terrainPaths } from './pages'
import { cpuText, medianCpu, withServerCpu, type ServerCpu } from './serverCpu'
import { notAvailable, type Figure } from './types'

const target = 'p95 ≤ 100 ms'

/**
 * English and Chinese pages rendered right before the measured runs, after those of the stack's warm-up.
 * A server that had no requests for half a minute costs 30–50% more CPU per page for its next 600–900
 * pages (figures/uncachedAfterPause.ts), and the cached-page figure leaves the CMS without requests for
 * that long: measured after it, this figure read 120 ms where it read 85 ms on its own (same code, same
 * host). With its own warm-up it measures the servers' steady state whatever ran before.
 */
const rewarmPerLocale = (quick: boolean) => (quick ? 20 : 450)

/**
 * TERRAIN pages rendered on every request: each request asks for a different page that was never
 * requested before, so the site renders it and fetches its data from the CMS (the site's page and data
 * caches are keyed by page, and cannot be bypassed otherwise). p95 at 10 connections, next to the p95
 * of the static file measured in between, and the CPU each page cost the CMS and the site: at 10
 * connections on a small machine the p95 follows from it.
 */
export const uncachedPage: Figure = {
  id: 'uncached',
  title: 'uncached page',
  async run({ full, seed, staticPath, options }) {
    const figure = 'uncached TERRAIN page (p95, 10 connections)'
    // 300 pages a run, not 150: a stall of the shared host holds up the ~10 requests in flight, which
    // alone were the slowest 7% of 150 and set a run's p95 (runs of one figure read 72 and 142 ms).
    const perRun = options.quick ? 40 : 300
    const runs = Math.max(1, Math.min(options.runs, Math.floor(full.sizes.terrain / perRun)))
    if (terrainPaths(full, seed, 'de', 0, 1).length === 0) return [notAvailable(figure, target, 'the site links no TERRAIN page')]
    await warmUp(full, seed, { perLocale: rewarmPerLocale(options.quick), connections: 10, from: warmPagesPerLocale(options.quick) })
    const pages: LoadSummary[] = []
    const files: LoadSummary[] = []
    const cpu: (ServerCpu | null)[] = []
    for (let run = 0; run < runs; run += 1) {
      const paths = terrainPaths(full, seed, 'de', run * perRun, perRun)
      const [page, pageCpu] = await withServerCpu(full, paths.length, () => measure({ url: full.web.url, paths, connections: 10, duration: 0, amount: paths.length }, 1))
      pages.push(page)
      cpu.push(pageCpu)
      files.push(await measure({ url: `${full.web.url}${staticPath}`, connections: 10, duration: options.duration }, 1))
    }
    const p95 = median(pages.map((r) => r.p95))
    const staticP95 = median(files.map((r) => r.p95))
    const failures = pages.reduce((s, r) => s + r.failures, 0)
    const serverCpu = medianCpu(cpu)
    return [{
      figure,
      measured: `${ms(p95)} (${fixed(ratio(p95, staticP95), 1)}× the static file's ${ms(staticP95)})`,
      target,
      status: failures > 0 ? 'error' : p95 <= 100 ? 'pass' : 'miss',
      note: [`${runs} run${runs === 1 ? '' : 's'} × ${perRun} distinct pages`, cpuText(serverCpu, 'page'), failures ? `${failures} failed requests` : ''].filter(Boolean).join('; '),
      data: { p95, staticP95, pages, files, cpu: serverCpu },
    }]
  },
}
