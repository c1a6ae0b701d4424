import type { AuthorCard } from '#shared/types/content'

export function useAuthorList() {
  const locale = useLocaleCode()
  return useContent<AuthorCard[]>(() => `authors:${locale.value}`, () => '/api/authors', () => ({ locale: locale.value }))
}
