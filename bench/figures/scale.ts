import { terrainAt } from '../data/plan'
import { measure, measurePair, type LoadOptions, type LoadSummary } from '../load'
import { fixed, ms } from '../report/format'
import { median, ratio } from '../stats'
import { bustedPaths, terrainPaths } from './pages'
import { notAvailable, type BenchContext, type Row, type Stack } from './types'

const target = '≤ 2×'

function row(figure: string, small: LoadSummary, large: LoadSummary, note: string): Row {
  const value = ratio(large.p95, small.p95)
  return {
    figure,
    measured: `${fixed(value, 1)}× (${ms(large.p95)} vs ${ms(small.p95)})`,
    target,
    status: small.failures + large.failures > 0 ? 'error' : value <= 2 ? 'pass' : 'miss',
    note,
    data: { small, large, ratio: value },
  }
}

/** The CMS's list API: 20 partnerships with their cities. */
async function partnershipApi({ small, full, options }: BenchContext): Promise<Row> {
  const path = '/api/partnerships?locale=de&depth=1&limit=20&sort=title'
  const load = (stack: Stack): LoadOptions => ({ url: `${stack.cms.url}${path}`, connections: options.connections, duration: options.duration })
  const [a, b] = await measurePair(load(small), load(full), options.runs)
  return row('scale: partnership list API (p95)', a, b, 'CMS REST, limit 20, depth 1')
}

/** One TERRAIN profile by slug with its translations and depth 2, as the site asks for it. */
async function terrainApi({ small, full, options, seed }: BenchContext): Promise<Row> {
  const load = (stack: Stack): LoadOptions => {
    const slug = terrainAt(seed, stack.sizes, Math.floor(stack.sizes.terrain / 2)).slug.de
    return { url: `${stack.cms.url}/api/terrain/by-slug/${slug}?locale=de&depth=2`, connections: options.connections, duration: options.duration }
  }
  const [a, b] = await measurePair(load(small), load(full), options.runs)
  return row('scale: TERRAIN by slug API (p95)', a, b, 'CMS REST /by-slug, with translations, depth 2')
}

/** The site's partnership list page, rendered for every request (unique query). */
async function partnershipListPage({ small, full, options }: BenchContext): Promise<Row> {
  const figure = 'scale: partnership list page (p95)'
  const page = full.routes.de?.partnershipList
  if (!page || small.routes.de?.partnershipList !== page) return notAvailable(figure, target, 'the site links no partnership list')
  const count = options.quick ? 40 : 200
  const load = (stack: Stack, run: number): LoadOptions => ({ url: stack.web.url, paths: bustedPaths(page, `list${run}`, count), connections: options.connections, duration: 0, amount: count })
  const pairs: [LoadSummary, LoadSummary][] = []
  for (let run = 0; run < options.runs; run += 1) pairs.push([await measure(load(small, run), 1), await measure(load(full, run), 1)])
  return row(figure, summarise(pairs.map((p) => p[0])), summarise(pairs.map((p) => p[1])), `${page}, rendered per request`)
}

/** TERRAIN pages never requested before, on both sites. */
async function terrainPage({ small, full, options, seed }: BenchContext): Promise<Row> {
  const figure = 'scale: TERRAIN page, uncached (p95)'
  const perRun = Math.min(options.quick ? 20 : 30, Math.floor(small.sizes.terrain / Math.max(1, options.runs)))
  // Pages from the end of the full set: the uncached-page figure uses the first ones.
  const fullStart = full.sizes.terrain - perRun * options.runs
  if (!terrainPaths(small, seed, 'de', 0, 1).length) return notAvailable(figure, target, 'the site links no TERRAIN page')
  const pairs: [LoadSummary, LoadSummary][] = []
  for (let run = 0; run < options.runs; run += 1) {
    const a = terrainPaths(small, seed, 'de', run * perRun, perRun)
    const b = terrainPaths(full, seed, 'de', fullStart + run * perRun, perRun)
    pairs.push([
      await measure({ url: small.web.url, paths: a, connections: options.connections, duration: 0, amount: a.length }, 1),
      await measure({ url: full.web.url, paths: b, connections: options.connections, duration: 0, amount: b.length }, 1),
    ])
  }
  return row(figure, summarise(pairs.map((p) => p[0])), summarise(pairs.map((p) => p[1])), `${perRun} distinct pages per run`)
}

const summarise = (runs: LoadSummary[]): LoadSummary => ({
  rps: median(runs.map((r) => r.rps)),
  p95: median(runs.map((r) => r.p95)),
  runs: runs.flatMap((r) => r.runs),
  failures: runs.reduce((s, r) => s + r.failures, 0),
})

/** p95 at the 100-document data set vs the full one: the CMS's list and lookup, and the site's pages. */
export const scale = {
  id: 'scale',
  title: 'scale',
  async run(context: BenchContext): Promise<Row[]> {
    return [await partnershipApi(context), await terrainApi(context), await partnershipListPage(context), await terrainPage(context)]
  },
}
