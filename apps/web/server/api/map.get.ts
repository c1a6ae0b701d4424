import { createHash } from 'node:crypto'
import type { MapData } from '#shared/types/map'
import { normalizePartnershipFilters } from '#shared/utils/partnershipFilters'

// The partnership map with the list's filters; entries are cached per locale, each filtered view as well.
// Cached as JSON text (issue 7): an object would be parsed from the cache and serialized again on every
// read, half a megabyte each way at 1,000 partnerships, and the map page reads it on every render.
export default defineCachedEventHandler(
  async (event): Promise<string> => {
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    const map: MapData = buildMapData(await mapEntries(event, locale), normalizePartnershipFilters(getQuery(event)), locale)
    setResponseHeader(event, 'content-type', 'application/json')
    return JSON.stringify(map)
  },
  {
    name: cacheNames.partnershipMap,
    getKey: (event) => {
      const query = getQuery(event)
      // Hashed: cache keys keep only word characters, so two Chinese province names would collide.
      const filters = createHash('sha256').update(JSON.stringify(normalizePartnershipFilters(query))).digest('hex').slice(0, 24)
      return cacheKey(query.locale as string, filters)
    },
    ...swrOptions,
  },
)
