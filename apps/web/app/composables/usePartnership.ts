import type { PartnershipPage } from '#shared/types/content'

export function usePartnership(slug: () => string) {
  const locale = useLocaleCode()
  const request = () => documentRequest('partnerships', locale.value, slug())
  return useContent<PartnershipPage>(() => request().key, () => request().url, () => request().query)
}
