import type { SiteSearchResults } from '#shared/types/search'
import type { SearchQueryState } from '#shared/utils/searchQuery'

/** Search results for a query that can be searched; empty and overlong ones never reach the server. */
export function useSiteSearch(query: () => SearchQueryState) {
  const locale = useLocaleCode()
  return useContent<SiteSearchResults>(
    () => `search:${locale.value}:${query().status}:${query().q}`,
    () => (query().status === 'ok' ? '/api/search' : null),
    () => ({ locale: locale.value, q: query().q }),
    { throwOnError: false },
  )
}
