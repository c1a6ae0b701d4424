import type { PartnershipList } from '#shared/types/content'
import type { PartnershipFilters } from '#shared/utils/partnershipFilters'

export function usePartnershipList(filters: () => PartnershipFilters) {
  const locale = useLocaleCode()
  const key = () => `partnerships:${locale.value}:${new URLSearchParams(filters() as Record<string, string>).toString()}`
  return useContent<PartnershipList>(key, () => '/api/partnerships', () => ({ locale: locale.value, ...filters() }))
}
