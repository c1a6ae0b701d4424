import type { Locale } from '@stadtmacher/domain/locales'
import type { CitySeed } from './cities'
import cities from './data/cities.json' with { type: 'json' }
import partnerships from './data/partnerships.json' with { type: 'json' }
import type { SeedArgs } from './context'
import { partnershipSummary } from './partnershipSummary'
import { richText } from './richText'
import { createOnce } from './upsert'

const sourceLabel: Record<Locale, string> = { de: 'Quelle', en: 'Source', zh: '来源' }

export const partnershipKey = (german: string, chinese: string) => `${german}-${chinese}`

function city(slug: string): CitySeed {
  const found = cities.find((c) => c.slug === slug)
  if (!found) throw new Error(`seed data: partnership names unknown city "${slug}"`)
  return found
}

/** Partnerships between seeded cities, published, with their source. Returns ids by "german-chinese". */
export async function seedPartnerships({ payload, log }: SeedArgs, cityIds: Map<string, string>, topicIds: Map<string, string[]>) {
  const ids = new Map<string, string>()
  for (const p of partnerships) {
    const key = partnershipKey(p.german, p.chinese)
    const german = city(p.german)
    const chinese = city(p.chinese)
    const kind = p.kind as 'official' | 'project'
    const data = (locale: Locale) => ({
      germanCity: cityIds.get(p.german),
      chineseCity: cityIds.get(p.chinese),
      since: p.since,
      kind,
      topics: topicIds.get(key) ?? [],
      summary: richText(partnershipSummary(locale, german, chinese, p.since, kind)),
      links: [{ label: sourceLabel[locale], url: p.source }],
      source: p.source,
      _status: 'published' as const,
    })
    const { id } = await createOnce(payload, 'partnerships', { and: [{ germanCity: { equals: cityIds.get(p.german) } }, { chineseCity: { equals: cityIds.get(p.chinese) } }] }, { de: data('de'), en: data('en'), zh: data('zh') })
    ids.set(key, id)
  }
  log(`partnerships: ${ids.size}`)
  return ids
}
