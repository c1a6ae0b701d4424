import type { HomeData } from '#shared/types/content'

export function useHome() {
  const locale = useLocaleCode()
  return useContent<HomeData>(() => `home:${locale.value}`, () => '/api/home', () => ({ locale: locale.value }))
}
