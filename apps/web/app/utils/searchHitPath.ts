import type { Locale } from '@stadtmacher/domain/locales'
import type { SearchType, SiteSearchHit } from '#shared/types/search'
import { pageSegments, sectionPath } from '#shared/utils/sections'

/**
 * Where a search hit leads. Partnerships, TERRAIN and authors have pages; a city has none, so it leads
 * to the partnership list filtered by its German state or Chinese province, or else to the map.
 */
export function searchHitPath(type: SearchType, hit: SiteSearchHit, locale: Locale): string {
  if (type !== 'cities') return sectionPath(type, locale, hit.slug)
  if (!hit.place) return `/${locale}/${pageSegments.map[locale]}`
  return `${sectionPath('partnerships', locale)}?${new URLSearchParams({ [hit.place.filter]: hit.place.region })}`
}
