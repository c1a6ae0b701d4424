import type { MapData } from '#shared/types/map'
import type { PartnershipFilters } from '#shared/utils/partnershipFilters'

export function useMapData(filters: () => PartnershipFilters) {
  const locale = useLocaleCode()
  const key = () => `map:${locale.value}:${new URLSearchParams(filters() as Record<string, string>).toString()}`
  return useContent<MapData>(key, () => '/api/map', () => ({ locale: locale.value, ...filters() }))
}
