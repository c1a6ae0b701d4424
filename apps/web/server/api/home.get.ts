import type { HomeData } from '#shared/types/content'
import { toPartnershipCard, toTerrainCard } from '#shared/utils/cardProjections'

export default defineCachedEventHandler(
  async (event): Promise<HomeData> => {
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    const [total, official, oldest, latest] = await Promise.all([
      cmsCount(event, 'partnerships'),
      cmsCount(event, 'partnerships', { kind: { equals: 'official' } }),
      cmsFind(event, 'partnerships', { locale, sort: 'since', limit: 1, depth: 1, select: { title: true, slug: true, since: true } }),
      cmsFind(event, 'terrain', {
        locale,
        sort: '-date',
        limit: 3,
        depth: 1,
        select: terrainCardSelect,
      }),
    ])
    const first = oldest.docs[0]
    return {
      figures: {
        total,
        official,
        project: total - official,
        oldest: first ? { title: toPartnershipCard(first).title, slug: first.slug, since: first.since } : null,
      },
      latest: latest.docs.map(toTerrainCard),
    }
  },
  { name: cacheNames.home, getKey: (event) => cacheKey(getQuery(event).locale as string), ...swrOptions },
)
