import type { Author, Partnership, Topic } from '@stadtmacher/types'
import type { TerrainPage } from '#shared/types/content'
import { populatedList, toAuthorCard, toPartnershipCard, toTerrainCard, toTopicRef } from '#shared/utils/cardProjections'
import { siteMediaUrl } from '#shared/utils/imageView'

export default defineCachedEventHandler(
  async (event): Promise<TerrainPage> => {
    const { slug } = await getValidatedRouterParams(event, slugParams.parse)
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    // depth 2: the related partnerships' cities are part of their cards.
    const { doc, translations } = await findBySlug(event, 'terrain', {
      slug,
      locale,
      depth: 2,
      select: { ...terrainCardSelect, body: true, authors: true, partnerships: true, topics: true },
    })
    const hero = typeof doc.hero === 'object' ? doc.hero : null
    return {
      ...toTerrainCard(doc),
      body: doc.body ?? null,
      authors: populatedList<Author>(doc.authors).map(toAuthorCard),
      partnerships: populatedList<Partnership>(doc.partnerships).map(toPartnershipCard),
      topics: populatedList<Topic>(doc.topics).map(toTopicRef),
      ogImage: siteMediaUrl(hero?.sizes?.og?.url),
      translations,
    }
  },
  {
    name: cacheNames.terrain,
    getKey: (event) => cacheKey(getQuery(event).locale as string, getRouterParam(event, 'slug')),
    ...swrOptions,
  },
)
