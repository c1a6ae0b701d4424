// Turns partnerships into what the map draws: projected cities, curves and labels, in SVG units.
import type { MapConnection, MapData, MapLabel, MapPoint } from '#shared/types/map'
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
  const cities = new Map<string, MapPoint & { key: string; name: string; inset: Inset['id']; weight: number; since: number }>()
  const cityAt = (inset: Inset, ref: MapEntry['germanCity'], at: MapEntry['germanAt'], since: number) => {
    const point = at ? inset.project(at.longitude, at.latitude) : null
    if (!point) return null
    const key = `${inset.id}:${ref.slug}`
    const city = cities.get(key) ?? { ...point, key, name: ref.name, inset: inset.id, weight: 0, since }
    city.weight += 1
    city.since = Math.min(city.since, since)
    cities.set(key, city)
    return city
  }
  const place = ({ name, region }: MapEntry['germanCity']) => ({ name, region })

  const connections: MapConnection[] = []
  for (const entry of shown) {
    const from = cityAt(germany, entry.germanCity, entry.germanAt, entry.since)
    const to = cityAt(china, entry.chineseCity, entry.chineseAt, entry.since)
    if (!from || !to) continue
    const { slug, title, kind, since } = entry
    connections.push({ slug, title, kind, since, germanCity: place(entry.germanCity), chineseCity: place(entry.chineseCity), ...connectionCurve(from, to, slug) })
  }

  const labels: MapLabel[] = []
  for (const inset of insets) {
    const candidates = [...cities.values()].filter((city) => city.inset === inset.id)
    const bounds = { x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height }
    for (const [key, label] of placeLabels(candidates, bounds, maxLabelsPerInset)) labels.push({ ...label, name: cities.get(key)!.name })
  }

  return {
    ...mapSize,
    insets: insets.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
    cities: [...cities.values()].map(({ x, y }) => ({ x, y })),
    labels,
    connections,
    figures: partnershipFigures(shown),
    options: partnershipFilterOptions(entries, locale),
  }
}
