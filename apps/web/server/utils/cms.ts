// The one place that knows where the CMS is and how the site reads it (through @stadtmacher/client).
import type { Locale } from '@stadtmacher/domain/locales'
import { type CollectionReader, StadtmacherApiError, type SearchResults, type Select, type Translated, type TranslatedReader, type TranslatedSlug, type Where } from '@stadtmacher/client'
import type { Config } from '@stadtmacher/types'
import type { H3Event } from 'h3'

type Collections = Config['collections']
export type CmsCollection = 'partnerships' | 'terrain' | 'authors' | 'topics' | 'cities'
export type CmsDoc<C extends CmsCollection> = Collections[C]

export type CmsQuery<C extends CmsCollection> = {
  locale: Locale | 'all'
  where?: Where
  select?: Select<C>
  depth?: number
  limit?: number
  page?: number
  sort?: string
}

export type CmsPage<T> = { docs: T[]; totalDocs: number; totalPages: number; page: number; limit: number }

const client = (event: H3Event) => cmsClient(useRuntimeConfig(event))

/** Reads of published documents through Payload's REST API, typed by the generated types. */
export async function cmsFind<C extends CmsCollection>(event: H3Event, collection: C, query: CmsQuery<C>): Promise<CmsPage<CmsDoc<C>>> {
  // The client types each reader by its own collection; indexed by a type parameter, TypeScript sees a union.
  const reader = client(event)[collection] as unknown as CollectionReader<CmsDoc<C>, C>
  return cmsCall(collection, () => reader.list({ depth: 0, ...query }))
}

/**
 * The published document with `slug` in `locale` and the locales it exists in, in one CMS request
 * (`/api/<collection>/by-slug/<slug>`); null when there is none.
 */
export async function cmsFindBySlug<C extends TranslatedSlug>(
  event: H3Event,
  collection: C,
  { slug, ...query }: { slug: string; locale: Locale; depth: number; select?: Select<C> },
): Promise<Translated<CmsDoc<C>> | null> {
  const reader = client(event)[collection] as unknown as TranslatedReader<CmsDoc<C>, C>
  return cmsCall(`${collection}/by-slug`, () => reader.bySlugWithTranslations(slug, query))
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
export async function cmsCount(event: H3Event, collection: CmsCollection, where?: Where): Promise<number> {
  return cmsCall(`${collection}/count`, () => client(event)[collection].count({ where }))
}

/** The CMS search (`GET /api/search`); a query the CMS refuses stays a 400, anything else is a 503. */
export async function cmsSearch(event: H3Event, { q, locale, limit }: { q: string; locale: Locale; limit: number }): Promise<SearchResults> {
  try {
    return await client(event).search(q, { locale, limit })
  } catch (error) {
    if (error instanceof StadtmacherApiError && error.status === 400) throw createError({ statusCode: 400, statusMessage: 'Invalid search', data: { reason: 'invalid' } })
    return cmsUnavailable('search', error)
  }
}

async function cmsCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    return cmsUnavailable(what, error)
  }
}

// Unreachable or failing CMS: the page shows the branded 503; cached copies keep being served meanwhile.
function cmsUnavailable(what: string, error: unknown): never {
  console.error(`[cms] ${what} failed:`, (error as Error).message)
  throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' })
}
