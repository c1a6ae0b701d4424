// The one place that knows where the CMS is and how its REST API is called.
import type { Locale } from '@stadtmacher/config/locales'
import type { SearchResults } from '@stadtmacher/client'
import type { Config } from '@stadtmacher/types'
import type { H3Event } from 'h3'
import { stringify } from 'qs-esm'

type Collections = Config['collections']
export type CmsCollection = 'partnerships' | 'terrain' | 'authors' | 'topics' | 'cities'
export type CmsDoc<C extends CmsCollection> = Collections[C]
type Select<C extends CmsCollection> = Config['collectionsSelect'][C]

export type CmsQuery<C extends CmsCollection> = {
  locale: Locale | 'all'
  where?: Record<string, unknown>
  select?: Select<C>
  depth?: number
  limit?: number
  page?: number
  sort?: string
}

export type CmsPage<T> = { docs: T[]; totalDocs: number; totalPages: number; page: number; limit: number }

/** Anonymous reads of published documents through Payload's REST API, typed by the generated types. */
export async function cmsFind<C extends CmsCollection>(event: H3Event, collection: C, query: CmsQuery<C>): Promise<CmsPage<CmsDoc<C>>> {
  return cmsGet(event, `/api/${collection}`, { depth: 0, ...query })
}

/** The CMS's largest page size (it rejects larger `limit`s). */
export const cmsMaxLimit = 100

/** Every matching document, page by page. */
export async function cmsFindAll<C extends CmsCollection>(event: H3Event, collection: C, query: Omit<CmsQuery<C>, 'limit' | 'page'>): Promise<CmsDoc<C>[]> {
  const first = await cmsFind(event, collection, { ...query, limit: cmsMaxLimit, page: 1 })
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, index) => cmsFind(event, collection, { ...query, limit: cmsMaxLimit, page: index + 2 })),
  )
  return [first, ...rest].flatMap((page) => page.docs)
}

/** The number of published documents matching `where`. */
export async function cmsCount(event: H3Event, collection: CmsCollection, where?: Record<string, unknown>): Promise<number> {
  const { totalDocs } = await cmsGet<{ totalDocs: number }>(event, `/api/${collection}/count`, { where })
  return totalDocs
}

/** The CMS search (`GET /api/search`); a query the CMS refuses stays a 400, anything else is a 503. */
export async function cmsSearch(event: H3Event, query: { q: string; locale: Locale; limit: number }): Promise<SearchResults> {
  const { cmsUrl } = useRuntimeConfig(event)
  try {
    return await $fetch<SearchResults>(`${cmsUrl}/api/search`, { query, retry: 0, timeout: 10_000 })
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 400) throw createError({ statusCode: 400, statusMessage: 'Invalid search', data: { reason: 'invalid' } })
    console.error('[cms] /api/search failed:', (error as Error).message)
    throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' })
  }
}

async function cmsGet<T>(event: H3Event, path: string, query: object): Promise<T> {
  const { cmsUrl } = useRuntimeConfig(event)
  const url = `${cmsUrl}${path}?${stringify(query, { addQueryPrefix: false })}`
  try {
    return await $fetch<T>(url, { retry: 0, timeout: 10_000 })
  } catch (error) {
    // Unreachable or failing CMS: the page shows the branded 503; cached copies keep being served meanwhile.
    console.error(`[cms] ${path} failed:`, (error as Error).message)
    throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' })
  }
}
