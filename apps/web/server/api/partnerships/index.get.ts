import type { PartnershipList } from '#shared/types/content'
import { paginate, pageFromQuery } from '#shared/utils/pagination'
import { filterPartnerships, normalizePartnershipFilters, partnershipFilterOptions, partnershipPageSize } from '#shared/utils/partnershipFilters'

export default defineEventHandler(async (event): Promise<PartnershipList> => {
  const { locale } = await getValidatedQuery(event, localeQuery.parse)
  const query = getQuery(event)
  const cards = await partnershipCards(event, locale)
  const matching = filterPartnerships(cards, normalizePartnershipFilters(query))
  return { ...paginate(matching, pageFromQuery(query), partnershipPageSize), options: partnershipFilterOptions(cards, locale) }
})
