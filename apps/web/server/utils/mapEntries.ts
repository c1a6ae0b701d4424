import type { Locale } from '@stadtmacher/domain/locales'
import type { City } from '@stadtmacher/types'
import type { H3Event } from 'h3'
import type { PartnershipCard } from '#shared/types/content'
import { toPartnershipCard } from '#shared/utils/cardProjections'

export type Coordinates = City['coordinates']

/** A partnership card with where its two cities lie; null where the CMS gave no coordinates. */
export type MapEntry = PartnershipCard & { germanAt: Coordinates | null; chineseAt: Coordinates | null }

const coordinatesOf = (city: unknown): Coordinates | null => {
  const coordinates = city && typeof city === 'object' ? (city as Partial<City>).coordinates : undefined
  return coordinates && Number.isFinite(coordinates.latitude) && Number.isFinite(coordinates.longitude) ? coordinates : null
}

/** Every published partnership with its cities' coordinates, per locale; filtered and projected per request. */
export const mapEntries = defineCachedFunction(
  async (event: H3Event, locale: Locale): Promise<MapEntry[]> => {
    const docs = await cmsFindAll(event, 'partnerships', {
      locale,
      depth: 1,
      sort: 'since',
      select: { title: true, slug: true, since: true, kind: true, germanCity: true, chineseCity: true, topics: true },
    })
    return docs.map((doc) => ({ ...toPartnershipCard(doc), germanAt: coordinatesOf(doc.germanCity), chineseAt: coordinatesOf(doc.chineseCity) }))
  },
  { name: cacheNames.partnershipMap, getKey: (_event: H3Event, locale: Locale) => cacheKey(locale), ...swrOptions },
)
