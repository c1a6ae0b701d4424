// What the map BFF route hands to the map page: projected, rounded SVG coordinates, never geographic data.
// Only what the page draws or writes travels: the map page parses all of it on every render (issue 7).
import type { CityRef, HomeFigures, PartnershipCard, PartnershipFilterOptions } from './content'

export type InsetId = 'de' | 'cn'

/** One country inset: its frame in the SVG (the outlines themselves are a separate, cached image). */
export type MapInset = { id: InsetId; x: number; y: number; width: number; height: number }

export type MapPoint = { x: number; y: number }

/** A city's name beside its dot, where there was room for it. */
export type MapLabel = MapPoint & { name: string; anchor: 'start' | 'end' }

/** One partnership as a curve from its German to its Chinese city, with the point where its marker sits. */
export type MapConnection = Pick<PartnershipCard, 'slug' | 'title' | 'kind' | 'since'> & {
  germanCity: Pick<CityRef, 'name' | 'region'>
  chineseCity: Pick<CityRef, 'name' | 'region'>
  path: string
  marker: MapPoint
}

export type MapData = {
  width: number
  height: number
  insets: MapInset[]
  /** One dot per city with at least one shown partnership. */
  cities: MapPoint[]
  labels: MapLabel[]
  connections: MapConnection[]
  figures: HomeFigures
  options: PartnershipFilterOptions
}
