import { createHash } from 'node:crypto'
import type { MapData } from '#shared/types/map'
import { normalizePartnershipFilters } from '#shared/utils/partnershipFilters'

// The partnership map with the list's filters; entries are cached per locale, each filtered view as well.
export default defineCachedEventHandler(
  async (event): Promise<MapData> => {
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    return buildMapData(await mapEntries(event, locale), normalizePartnershipFilters(getQuery(event)), locale)
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
