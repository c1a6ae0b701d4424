import type { TerrainList } from '#shared/types/content'
import { toTerrainCard, toTopicRef } from '#shared/utils/cardProjections'
import { normalizeTerrainFilters, terrainPageSize } from '#shared/utils/terrainFilters'

export default defineCachedEventHandler(
  async (event): Promise<TerrainList> => {
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    const filters = normalizeTerrainFilters(getQuery(event))
    const where = {
      ...(filters.kind ? { kind: { equals: filters.kind } } : {}),
      ...(filters.topic ? { 'topics.slug': { equals: filters.topic } } : {}),
    }
    const [list, topics] = await Promise.all([
      cmsFind(event, 'terrain', { locale, where, sort: '-date', limit: terrainPageSize, page: filters.page, depth: 1, select: terrainCardSelect }),
      cmsFind(event, 'topics', { locale, sort: 'name', limit: 100, select: { name: true, slug: true } }),
    ])
    return {
      docs: list.docs.map(toTerrainCard),
      page: list.page,
      totalPages: Math.max(list.totalPages, 1),
      totalDocs: list.totalDocs,
      topics: topics.docs.map(toTopicRef),
    }
  },
  {
    name: cacheNames.terrainList,
    getKey: (event) => {
      const { kind, topic, page } = normalizeTerrainFilters(getQuery(event))
      return cacheKey(getQuery(event).locale as string, kind, topic, page)
    },
    ...swrOptions,
  },
)
