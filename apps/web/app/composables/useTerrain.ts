import type { TerrainPage } from '#shared/types/content'

export function useTerrain(slug: () => string) {
  const locale = useLocaleCode()
  const request = () => documentRequest('terrain', locale.value, slug())
  return useContent<TerrainPage>(() => request().key, () => request().url, () => request().query)
}
