import type { AuthorPage } from '#shared/types/content'

export function useAuthor(slug: () => string) {
  const locale = useLocaleCode()
  const request = () => documentRequest('authors', locale.value, slug())
  return useContent<AuthorPage>(() => request().key, () => request().url, () => request().query)
}
