import type { PartnershipList } from '#shared/types/content'
import type { PartnershipFilters } from '#shared/utils/partnershipFilters'

export function usePartnershipList(filters: () => PartnershipFilters, page: () => number) {
  const locale = useLocaleCode()
  const query = () => ({ ...filters(), ...(page() > 1 ? { page: page() } : {}) })
  const key = () => `partnerships:${locale.value}:${new URLSearchParams(query() as Record<string, string>).toString()}`
  return useContent<PartnershipList>(key, () => '/api/partnerships', () => ({ locale: locale.value, ...query() }))
}
