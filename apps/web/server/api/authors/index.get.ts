import type { AuthorCard } from '#shared/types/content'
import { toAuthorCard } from '#shared/utils/cardProjections'

export default defineCachedEventHandler(
  async (event): Promise<AuthorCard[]> => {
    const { locale } = await getValidatedQuery(event, localeQuery.parse)
    const docs = await cmsFindAll(event, 'authors', { locale, sort: 'name', depth: 1, select: { name: true, slug: true, role: true, portrait: true } })
    return docs.map(toAuthorCard)
  },
  { name: cacheNames.authorList, getKey: (event) => cacheKey(getQuery(event).locale as string), ...swrOptions },
)
