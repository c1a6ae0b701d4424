import { median } from '../stats'
import type { Figure, Row } from './types'

type Counted = { queries: number }

async function counter(cmsUrl: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/bench/query-count`)
  if (!response.ok) throw new Error(`query counter answered ${response.status}: is STADTMACHER_COUNT_QUERIES set and the CMS rebuilt?`)
  return ((await response.json()) as Counted).queries
}

/** Statements one request causes: the counter before and after it, minus what reading the counter costs. */
async function queriesFor(cmsUrl: string, path: string, overhead: number): Promise<number> {
  const before = await counter(cmsUrl)
  const response = await fetch(`${cmsUrl}${path}`)
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  await response.arrayBuffer()
  return (await counter(cmsUrl)) - before - overhead
}

async function compare(cmsUrl: string, collection: string, overhead: number, repeats: number): Promise<Row> {
  const path = (limit: number) => `/api/${collection}?locale=de&depth=1&limit=${limit}`
  const small: number[] = []
  const large: number[] = []
  // Sequential on purpose: the counter is process-wide, so nothing else may run in between.
  for (let i = 0; i < repeats; i += 1) {
    small.push(await queriesFor(cmsUrl, path(10), overhead))
    large.push(await queriesFor(cmsUrl, path(100), overhead))
  }
  const [q10, q100] = [median(small), median(large)]
  return {
    figure: `no N+1: ${collection} (queries, depth 1)`,
    measured: `limit=10: ${q10}, limit=100: ${q100}`,
    target: 'equal',
    status: q10 === q100 ? 'pass' : 'miss',
    note: q10 === q100 ? undefined : `${((q100 - q10) / 90).toFixed(1)} extra queries per extra document`,
    data: { small, large, overhead },
  }
}

/** Database statements per request for limit=10 vs limit=100, counted in the adapter. */
export const queryCount: Figure = {
  id: 'queries',
  title: 'no N+1',
  async run({ full, options }) {
    const a = await counter(full.cms.url)
    const overhead = (await counter(full.cms.url)) - a
    const repeats = options.quick ? 1 : 3
    return [await compare(full.cms.url, 'partnerships', overhead, repeats), await compare(full.cms.url, 'terrain', overhead, repeats)]
  },
}
