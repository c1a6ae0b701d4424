import type { Locale } from '@stadtmacher/domain/locales'
import type { H3Event } from 'h3'
import type { PartnershipCard } from '#shared/types/content'
import { toPartnershipCard } from '#shared/utils/cardProjections'

/** Every published partnership as a card, per locale: few enough (about a hundred) to filter in the BFF. */
export const partnershipCards = defineCachedFunction(
  async (event: H3Event, locale: Locale): Promise<PartnershipCard[]> => {
    const docs = await cmsFindAll(event, 'partnerships', {
      locale,
      depth: 1,
      sort: 'title',
      select: { title: true, slug: true, since: true, kind: true, germanCity: true, chineseCity: true, topics: true },
    })
    return docs.map(toPartnershipCard)
  },
  { name: cacheNames.partnershipList, getKey: (_event: H3Event, locale: Locale) => cacheKey(locale), ...swrOptions },
)
