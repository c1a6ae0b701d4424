import type { TerrainPage } from '#shared/types/content'
import { toTerrainPage } from '#shared/utils/terrainPage'

export default defineCachedEventHandler(
  async (event): Promise<TerrainPage> => {
    const { slug } = await getValidatedRouterParams(event, slugParams.parse)
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    // depth 2: the related partnerships' cities are part of their cards.
    const { doc, translations } = await findBySlug(event, 'terrain', {
      slug,
      locale,
      depth: 2,
      select: { ...terrainCardSelect, body: true, authors: true, partnerships: true },
    })
    return toTerrainPage(doc, translations)
  },
  {
    name: cacheNames.terrain,
    getKey: (event) => cacheKey(getQuery(event).locale as string, getRouterParam(event, 'slug')),
    ...swrOptions,
  },
)
