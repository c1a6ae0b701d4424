import type { PartnershipPage } from '#shared/types/content'
import { toTerrainCard } from '#shared/utils/cardProjections'
import { toPartnershipPage } from '#shared/utils/partnershipPage'

export default defineCachedEventHandler(
  async (event): Promise<PartnershipPage> => {
    const { slug } = await getValidatedRouterParams(event, slugParams.parse)
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    const { doc, translations } = await findBySlug(event, 'partnerships', {
      slug,
      locale,
      depth: 1,
      select: { title: true, slug: true, since: true, kind: true, germanCity: true, chineseCity: true, topics: true, summary: true, links: true, source: true },
    })
    const terrain = await cmsFind(event, 'terrain', {
      locale,
      where: { partnerships: { in: [doc.id] } },
      sort: '-date',
      limit: 12,
      depth: 1,
      select: terrainCardSelect,
    })
    return toPartnershipPage(doc, terrain.docs.map(toTerrainCard), translations)
  },
  {
    name: cacheNames.partnership,
    getKey: (event) => cacheKey(getQuery(event).locale as string, getRouterParam(event, 'slug')),
    ...swrOptions,
  },
)
