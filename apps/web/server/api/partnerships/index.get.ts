import type { PartnershipList } from '#shared/types/content'
import { filterPartnerships, normalizePartnershipFilters, partnershipFilterOptions } from '#shared/utils/partnershipFilters'

export default defineEventHandler(async (event): Promise<PartnershipList> => {
  const { locale } = await getValidatedQuery(event, localeQuery.parse)
  const query = getQuery(event)
  const cards = await partnershipCards(event, locale)
  return { docs: filterPartnerships(cards, normalizePartnershipFilters(query)), options: partnershipFilterOptions(cards, locale) }
})
