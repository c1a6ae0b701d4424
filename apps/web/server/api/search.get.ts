import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { CityPlace, SiteSearchResults } from '#shared/types/search'
import { normalizeSearchQuery } from '#shared/utils/searchQuery'

// Hits per type on the search page; the CMS allows up to 20.
const limit = 10

const searchQuery = z.object({ locale: localeSchema, q: z.unknown().transform(normalizeSearchQuery) })

/** Where each city hit leads: the German state or Chinese province it lies in, from the map's entries. */
async function cityPlaces(event: Parameters<typeof mapEntries>[0], locale: Parameters<typeof mapEntries>[1]) {
  const places = new Map<string, CityPlace>()
  for (const entry of await mapEntries(event, locale)) {
    places.set(entry.germanCity.slug, { filter: 'state', region: entry.germanCity.region })
    places.set(entry.chineseCity.slug, { filter: 'province', region: entry.chineseCity.region })
  }
  return places
}

// Empty and overlong queries are refused here with the reason, so the page explains them without asking the CMS.
export default defineCachedEventHandler(
  async (event): Promise<SiteSearchResults> => {
    const { locale, q } = await getValidatedQuery(event, searchQuery.parse)
    if (q.status !== 'ok') throw createError({ statusCode: 400, statusMessage: 'Invalid search', data: { reason: q.status } })
    const [results, places] = await Promise.all([cmsSearch(event, { q: q.q, locale, limit }), cityPlaces(event, locale)])
    return {
      query: results.query,
      total: results.total,
      groups: results.groups.map((group) =>
        group.type === 'cities' ? { ...group, docs: group.docs.map((hit) => ({ ...hit, place: places.get(hit.slug) })) } : group,
      ),
    }
  },
  {
    name: cacheNames.search,
    // Hashed: cache keys keep only word characters, which would make every Chinese query the same key.
    getKey: (event) => {
      const query = getQuery(event)
      return cacheKey(String(query.locale), createHash('sha256').update(normalizeSearchQuery(query.q).q).digest('hex').slice(0, 24))
    },
    ...swrOptions,
  },
)
