import type { Locale } from '@stadtmacher/domain/locales'
import { terrain } from './data/terrain'
import type { SeedArgs } from './context'
import { partnershipKey } from './partnerships'
import { richText } from './richText'
import { createOnce } from './upsert'

type Ids = Map<string, string>
export type TerrainRefs = { topics: Ids; cities: Ids; authors: Ids; partnerships: Ids; media: Ids }

function resolve(ids: Ids, keys: string[], what: string): string[] {
  return keys.map((key) => {
    const id = ids.get(key)
    if (!id) throw new Error(`seed data: TERRAIN names unknown ${what} "${key}"`)
    return id
  })
}

/** The TERRAIN profiles of the original Stadtmacher page, published in de, en and zh. */
export async function seedTerrain({ payload, log }: SeedArgs, refs: TerrainRefs): Promise<number> {
  for (const entry of terrain) {
    const partnership = entry.partnership ? [partnershipKey(entry.partnership.german, entry.partnership.chinese)] : []
    const data = (locale: Locale) => ({
      title: entry.title[locale],
      teaser: entry.teaser[locale],
      body: richText(entry.body[locale]),
      slug: entry.slug[locale],
      period: entry.period?.[locale],
      kind: entry.kind,
      date: entry.date ?? undefined,
      hero: refs.media.get(entry.slug.en),
      topics: resolve(refs.topics, entry.topics, 'topic'),
      authors: resolve(refs.authors, entry.authors, 'author'),
      cities: resolve(refs.cities, entry.cities, 'city'),
      partnerships: resolve(refs.partnerships, partnership, 'partnership'),
      _status: 'published' as const,
    })
    await createOnce(payload, 'terrain', { slug: { equals: entry.slug.de } }, { de: data('de'), en: data('en'), zh: data('zh') })
  }
  log(`terrain: ${terrain.length}`)
  return terrain.length
}

/** Topic ids per partnership, taken from the TERRAIN profiles about it. */
export function topicsByPartnership(topicIds: Ids): Map<string, string[]> {
  const byPartnership = new Map<string, string[]>()
  for (const entry of terrain) {
    if (!entry.partnership) continue
    const key = partnershipKey(entry.partnership.german, entry.partnership.chinese)
    const merged = new Set([...(byPartnership.get(key) ?? []), ...resolve(topicIds, entry.topics, 'topic')])
    byPartnership.set(key, [...merged])
  }
  return byPartnership
}
