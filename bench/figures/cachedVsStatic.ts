import { measurePair } from '../load'
import { fixed, rps } from '../report/format'
import { ratio } from '../stats'
import { fetchOk } from './pages'
import { notAvailable, type Figure } from './types'

const target = '≥ 0.8'

/** A partnership page from the site's SWR cache vs the same HTML as a static file of the same server. */
export const cachedVsStatic: Figure = {
  id: 'cached',
  title: 'cached page vs static',
  async run({ full, staticPath, options }) {
    const figure = 'cached page vs static (req/s)'
    const page = full.routes.de?.partnershipDetail
    if (!page) return [notAvailable(figure, target, 'the site links no partnership page')]
    // Fill the cache first: the figure is about serving from it.
    for (let i = 0; i < 3; i += 1) await fetchOk(`${full.web.url}${page}`)
    const load = { connections: options.connections, duration: options.duration }
    const [cached, file] = await measurePair({ ...load, url: `${full.web.url}${page}` }, { ...load, url: `${full.web.url}${staticPath}` }, options.runs)
    const value = ratio(cached.rps, file.rps)
    return [{
      figure,
      measured: `${fixed(value)} (${rps(cached.rps)} vs ${rps(file.rps)})`,
      target,
      status: cached.failures + file.failures > 0 ? 'error' : value >= 0.8 ? 'pass' : 'miss',
      note: `${page}; ${options.connections} connections`,
      data: { page, cached, static: file, ratio: value },
    }]
  },
}
