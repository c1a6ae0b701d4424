import type { TerrainList } from '#shared/types/content'
import type { TerrainFilters } from '#shared/utils/terrainFilters'

export function useTerrainList(filters: () => TerrainFilters) {
  const locale = useLocaleCode()
  const key = () => {
    const { kind = '', topic = '', page } = filters()
    return `terrain-list:${locale.value}:${kind}:${topic}:${page}`
  }
  return useContent<TerrainList>(key, () => '/api/terrain', () => ({ locale: locale.value, ...filters() }))
}
