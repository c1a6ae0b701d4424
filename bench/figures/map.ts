import { measurePair, type AroundRun } from '../load'
import { fixed, kb, ms } from '../report/format'
import { ratio } from '../stats'
import { bustedPaths, fetchOk } from './pages'
import { medianCpu, withServerCpu, type ServerCpu } from './serverCpu'
import { notAvailable, type Figure } from './types'

const target = 'SSR ≤ 2× a list page'

/** The map page with every partnership of the full data set: server render time and HTML size vs the partnership list. */
export const map: Figure = {
  id: 'map',
  title: 'map',
  async run({ full, options }) {
    const figure = `map page (${full.sizes.partnerships} partnerships, SSR p95)`
    const page = full.routes.de?.map
    const list = full.routes.de?.partnershipList
    if (!page) return [notAvailable(figure, target, 'the site links no map page yet (issue 4)')]
    if (!list) return [notAvailable(figure, target, 'the site links no partnership list')]
    const [mapHtml, listHtml] = await Promise.all([fetchOk(`${full.web.url}${page}`).then((r) => r.text()), fetchOk(`${full.web.url}${list}`).then((r) => r.text())])
    const count = options.quick ? 20 : 100
    const load = (path: string, tag: string, runs = options.runs) => ({ url: full.web.url, paths: bustedPaths(path, tag, count * runs), connections: options.connections, duration: 0, amount: count })
    // The stack's warm-up renders TERRAIN pages only. One unmeasured run of each page first: V8 compiles
    // their render code, and data cached at route discovery, minutes ago, is refreshed in the background
    // (the site's SWR) instead of during the first measured run.
    await measurePair(load(page, 'warm-map', 1), load(list, 'warm-list', 1), 1)
    const cpu: [(ServerCpu | null)[], (ServerCpu | null)[]] = [[], []]
    const around: AroundRun = async (side, run) => {
      const [result, used] = await withServerCpu(full, count, run)
      cpu[side].push(used)
      return result
    }
    const [m, l] = await measurePair(load(page, 'map'), load(list, 'list'), options.runs, around)
    const value = ratio(m.p95, l.p95)
    const [mapCpu, listCpu] = cpu.map(medianCpu)
    const cpuNote = mapCpu && listCpu ? `; site CPU per render ${fixed(mapCpu.web, 1)} ms vs ${fixed(listCpu.web, 1)} ms` : ''
    return [{
      figure,
      measured: `${ms(m.p95)}, ${fixed(value, 1)}× the list's ${ms(l.p95)}; HTML ${kb(Buffer.byteLength(mapHtml))} vs ${kb(Buffer.byteLength(listHtml))}`,
      target,
      status: m.failures + l.failures > 0 ? 'error' : value <= 2 ? 'pass' : 'miss',
      note: `${page} vs ${list}, rendered per request${cpuNote}`,
      data: { map: m, list: l, mapHtml: Buffer.byteLength(mapHtml), listHtml: Buffer.byteLength(listHtml), cpu: { map: mapCpu, list: listCpu } },
    }]
  },
}
