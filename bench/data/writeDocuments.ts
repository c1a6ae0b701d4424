// Writes the planned data set through the real Payload Local API (hooks, validation, versions, search
// index), in batches that each run inside one transaction: one commit per batch instead of one per write.
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { lookupIds } from './ids'
import { authorAt, cityCounts, cityOf, locales, partnershipAt, partnershipPair, terrainAt, topicAt, type Localized } from './plan'
import type { DataSizes } from './sizes'

const batchSize = 250
type Log = (message: string) => void
type Draft = Localized<Record<string, unknown>>
type Write = (index: number, req: PayloadRequest) => Promise<string>

async function inBatches(payload: Payload, from: number, to: number, write: Write): Promise<string[]> {
  const ids: string[] = []
  for (let start = from; start < to; start += batchSize) {
    const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
    await initTransaction(req)
    try {
      for (let index = start; index < Math.min(to, start + batchSize); index += 1) ids.push(await write(index, req))
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  return ids
}

async function timed(log: Log, label: string, payload: Payload, from: number, to: number, write: Write): Promise<string[]> {
  const started = performance.now()
  const ids = await inBatches(payload, from, to, write)
  log(`${label}: ${ids.length} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return ids
}

/** Creates one document in German, then adds English and Chinese: how editors build a document. */
async function createLocalized(payload: Payload, collection: CollectionSlug, data: Draft, req: PayloadRequest): Promise<string> {
  const options = { depth: 0, overrideAccess: true, req, context: { disableRevalidate: true } } as const
  const doc = await payload.create({ collection, data: data.de, locale: 'de', ...options } as Parameters<Payload['create']>[0])
  // Sequential: each locale is an update of the same row.
  for (const locale of locales.slice(1)) {
    await payload.update({ collection, id: doc.id, data: data[locale], locale, ...options } as Parameters<Payload['update']>[0])
  }
  return String(doc.id)
}

const perLocale = (make: (locale: 'de' | 'en' | 'zh') => Record<string, unknown>): Draft => ({ de: make('de'), en: make('en'), zh: make('zh') })
const pickIds = (ids: readonly string[], indexes: number[]) => indexes.map((i) => ids[i]!).filter(Boolean)

/** The German slug the partnership hook derives from the two cities' slugs. */
export function partnershipSlugs(sizes: DataSizes, seed: number): string[] {
  const counts = cityCounts(sizes)
  return Array.from({ length: sizes.partnerships }, (_, i) => {
    const pair = partnershipPair(i, counts)
    return `${cityOf(seed, 'DE', pair.german).slug.de}-${cityOf(seed, 'CN', pair.chinese).slug.de}`
  })
}

/** Topics, cities, authors and partnerships: each needs the ids of the ones before it. */
export async function writeBase(payload: Payload, sizes: DataSizes, seed: number, log: Log): Promise<void> {
  const topics = await timed(log, 'topics', payload, 0, sizes.topics, (i, req) => createLocalized(payload, 'topics', perLocale((l) => ({ name: topicAt(i).name[l], slug: topicAt(i).slug })), req))
  const counts = cityCounts(sizes)
  const cityData = (country: 'DE' | 'CN', n: number) => {
    const city = cityOf(seed, country, n)
    return perLocale((l) => ({ name: city.name[l], region: city.region[l], slug: city.slug[l], country, coordinates: { latitude: city.latitude, longitude: city.longitude } }))
  }
  const german = await timed(log, 'German cities', payload, 0, counts.DE, (i, req) => createLocalized(payload, 'cities', cityData('DE', i), req))
  const chinese = await timed(log, 'Chinese cities', payload, 0, counts.CN, (i, req) => createLocalized(payload, 'cities', cityData('CN', i), req))
  await timed(log, 'authors', payload, 0, sizes.authors, (i, req) => {
    const author = authorAt(seed, i)
    return createLocalized(payload, 'authors', perLocale((l) => ({ name: author.name, slug: author.slug, role: author.role[l], biography: author.biography[l], _status: 'published' })), req)
  })
  await timed(log, 'partnerships', payload, 0, sizes.partnerships, (i, req) => {
    const p = partnershipAt(seed, sizes, i)
    const shared = { germanCity: german[p.german], chineseCity: chinese[p.chinese], since: p.since, kind: p.kind, topics: pickIds(topics, p.topics), source: p.source, _status: 'published' }
    return createLocalized(payload, 'partnerships', perLocale((l) => ({ ...shared, summary: p.summary[l] })), req)
  })
}

/** TERRAIN profiles `from` … `to - 1`, referring to documents written by writeBase. */
export async function writeTerrain(payload: Payload, sizes: DataSizes, seed: number, from: number, to: number, log: Log): Promise<void> {
  const ids = await lookupIds(payload, sizes, seed, partnershipSlugs(sizes, seed))
  const cities = [...ids.german, ...ids.chinese]
  await timed(log, `TERRAIN ${from}–${to - 1}`, payload, from, to, (i, req) => {
    const t = terrainAt(seed, sizes, i)
    const shared = { kind: t.kind, date: t.date, partnerships: pickIds(ids.partnerships, t.partnerships), cities: pickIds(cities, t.cities), authors: pickIds(ids.authors, t.authors), topics: pickIds(ids.topics, t.topics), _status: 'published' }
    return createLocalized(payload, 'terrain', perLocale((l) => ({ ...shared, slug: t.slug[l], title: t.title[l], teaser: t.teaser[l], body: t.body[l], period: t.period[l] })), req)
  })
}
