import { describe, expect, it } from 'vitest'
import { toPartnershipCard } from '#shared/utils/cardProjections'
import { buildMapData } from '../../server/utils/mapData'
import type { MapEntry } from '../../server/utils/mapEntries'
import { mockCity, mockPartnership } from './mocks'

const hamburg = { latitude: 53.55, longitude: 9.99 }
const shanghai = { latitude: 31.23, longitude: 121.47 }

function mockEntry(overrides: Parameters<typeof mockPartnership>[0] = {}, at: Partial<Pick<MapEntry, 'germanAt' | 'chineseAt'>> = {}): MapEntry {
  return { ...toPartnershipCard(mockPartnership(overrides)), germanAt: hamburg, chineseAt: shanghai, ...at }
}

const entries = [
  mockEntry(),
  mockEntry({ id: 'p-2', slug: 'muenchen-qingdao', since: 1970, kind: 'project', germanCity: mockCity({ name: 'München', region: 'Bayern', slug: 'muenchen' }) }, { germanAt: { latitude: 48.14, longitude: 11.58 } }),
  mockEntry({ id: 'p-3', slug: 'nowhere', since: 2001 }, { chineseAt: null }),
]

describe('map data', () => {
  it('draws every located partnership once and each city once', () => {
    const map = buildMapData(entries, {}, 'de')
    expect(map.connections.map((connection) => connection.slug)).toEqual(['hamburg-shanghai', 'muenchen-qingdao'])
    expect(map.cities).toHaveLength(3)
    expect(map.labels.map((label) => label.name).sort()).toEqual(['Hamburg', 'München', 'Shanghai'])
    expect(map.insets.map((inset) => inset.id)).toEqual(['de', 'cn'])
  })

  it('applies the list filters to connections and figures alike', () => {
    const map = buildMapData(entries, { kind: 'official' }, 'de')
    expect(map.connections.map((connection) => connection.slug)).toEqual(['hamburg-shanghai'])
    expect(map.figures).toMatchObject({ total: 2, official: 2, project: 0, oldest: { since: 1986 } })
    const old = buildMapData(entries, { to: 1980 }, 'de')
    expect(old.figures).toMatchObject({ total: 1, official: 0, project: 1, oldest: { slug: 'muenchen-qingdao' } })
  })

  it('offers the filter values of all partnerships, not only the shown ones', () => {
    expect(buildMapData(entries, { state: 'Bayern' }, 'de').options.states).toEqual(['Bayern', 'Hamburg'])
  })

  it('labels cities in the language of the data it is given', () => {
    const zh = buildMapData([mockEntry({ chineseCity: mockCity({ name: '上海', slug: 'shanghai', country: 'CN', region: '上海' }) })], {}, 'zh')
    expect(zh.labels.map((label) => label.name)).toContain('上海')
  })

  it('sends only what the page draws or writes: no ids, no city slugs', () => {
    const [connection] = buildMapData(entries, {}, 'de').connections
    expect(Object.keys(connection!).sort()).toEqual(['chineseCity', 'germanCity', 'kind', 'marker', 'path', 'since', 'slug', 'title'])
    expect(connection!.germanCity).toEqual({ name: 'Hamburg', region: 'Hamburg' })
  })

  it('lays out 1,000 partnerships in well under a second', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      mockEntry(
        { id: `p-${index}`, slug: `p-${index}`, germanCity: mockCity({ slug: `de-${index % 300}`, name: `Stadt ${index % 300}` }) },
        { germanAt: { latitude: 48 + (index % 50) / 10, longitude: 7 + (index % 70) / 10 }, chineseAt: { latitude: 22 + (index % 90) / 5, longitude: 100 + (index % 110) / 5 } },
      ),
    )
    buildMapData(many.slice(0, 1), {}, 'de')
    const started = performance.now()
    const map = buildMapData(many, {}, 'de')
    expect(map.connections).toHaveLength(1000)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
