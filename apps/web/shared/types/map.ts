// What the map BFF route hands to the map page: projected, rounded SVG coordinates, never geographic data.
import type { HomeFigures, PartnershipCard, PartnershipFilterOptions } from './content'

export type InsetId = 'de' | 'cn'

/** One country inset: its frame in the SVG (the outlines themselves are a separate, cached image). */
export type MapInset = { id: InsetId; x: number; y: number; width: number; height: number }

export type MapPoint = { x: number; y: number }

/** A city that has at least one shown partnership; `label` only when there was room for its name. */
export type MapCity = MapPoint & { slug: string; name: string; inset: InsetId; label: (MapPoint & { anchor: 'start' | 'end' }) | null }

/** One partnership as a curve from its German to its Chinese city, with the point where its marker sits. */
export type MapConnection = Pick<PartnershipCard, 'id' | 'slug' | 'title' | 'kind' | 'since' | 'germanCity' | 'chineseCity'> & {
  path: string
  marker: MapPoint
}

export type MapData = {
  width: number
  height: number
  insets: MapInset[]
  cities: MapCity[]
  connections: MapConnection[]
  figures: HomeFigures
  options: PartnershipFilterOptions
}
