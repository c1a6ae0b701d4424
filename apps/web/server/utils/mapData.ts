// Turns partnerships into what the map draws: projected cities, curves and labels, in SVG units.
import type { MapCity, MapConnection, MapData } from '#shared/types/map'
import { filterPartnerships, partnershipFilterOptions, type PartnershipFilters } from '#shared/utils/partnershipFilters'
import { partnershipFigures } from '#shared/utils/partnershipFigures'
import type { MapEntry } from './mapEntries'
import { connectionCurve, placeLabels } from './mapLayout'
import { mapInsets, mapSize, type Inset } from './mapOutlines'

// More names than this per inset would cover the country; the rest are named on hover, focus and in the list.
const maxLabelsPerInset = 16

/** The map of the partnerships matching `filters`: drawable ones (both cities located) become connections. */
export function buildMapData(entries: MapEntry[], filters: PartnershipFilters, locale: string, insets: Inset[] = mapInsets()): MapData {
  const [germany, china] = insets as [Inset, Inset]
  const shown = filterPartnerships(entries, filters)
  const cities = new Map<string, MapCity & { weight: number; since: number }>()
  const cityAt = (inset: Inset, ref: MapEntry['germanCity'], at: MapEntry['germanAt'], since: number) => {
    const point = at ? inset.project(at.longitude, at.latitude) : null
    if (!point) return null
    const key = `${inset.id}:${ref.slug}`
    const city = cities.get(key) ?? { ...point, slug: ref.slug, name: ref.name, inset: inset.id, label: null, weight: 0, since }
    city.weight += 1
    city.since = Math.min(city.since, since)
    cities.set(key, city)
    return city
  }

  const connections: MapConnection[] = []
  for (const entry of shown) {
    const from = cityAt(germany, entry.germanCity, entry.germanAt, entry.since)
    const to = cityAt(china, entry.chineseCity, entry.chineseAt, entry.since)
    if (!from || !to) continue
    const { id, slug, title, kind, since, germanCity, chineseCity } = entry
    connections.push({ id, slug, title, kind, since, germanCity, chineseCity, ...connectionCurve(from, to, slug) })
  }

  for (const inset of insets) {
    const candidates = [...cities.entries()].filter(([, city]) => city.inset === inset.id).map(([key, city]) => ({ ...city, key }))
    const bounds = { x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height }
    for (const [key, label] of placeLabels(candidates, bounds, maxLabelsPerInset)) cities.get(key)!.label = label
  }

  return {
    ...mapSize,
    insets: insets.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
    cities: [...cities.values()].map(({ weight: _weight, since: _since, ...city }) => city),
    connections,
    figures: partnershipFigures(shown),
    options: partnershipFilterOptions(entries, locale),
  }
}
