import type { AuthorPage } from '#shared/types/content'
import { toAuthorPage } from '#shared/utils/authorPage'
import { toTerrainCard } from '#shared/utils/cardProjections'

export default defineCachedEventHandler(
  async (event): Promise<AuthorPage> => {
    const { slug } = await getValidatedRouterParams(event, slugParams.parse)
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    const { doc, translations } = await findBySlug(event, 'authors', {
      slug,
      locale,
      depth: 1,
      select: { name: true, slug: true, role: true, portrait: true, biography: true },
    })
    const terrain = await cmsFind(event, 'terrain', { locale, where: { authors: { in: [doc.id] } }, sort: '-date', limit: 50, depth: 1, select: terrainCardSelect })
    return toAuthorPage(doc, terrain.docs.map(toTerrainCard), translations)
  },
  {
    name: cacheNames.author,
    getKey: (event) => cacheKey(getQuery(event).locale as string, getRouterParam(event, 'slug')),
    ...swrOptions,
  },
)
