// The one place that knows where the CMS is and how the site reads it: through the same typed client
// partner sites use (@stadtmacher/client).
import type { Locale } from '@stadtmacher/domain/locales'
import type { ContentCollection } from '@stadtmacher/domain/documentTypes'
import {
  createClient,
  type CollectionReader,
  type Page,
  StadtmacherApiError,
  type SearchResults,
  type Select,
  type StadtmacherClient,
  type Translated,
  type TranslatedReader,
  type TranslatedSlug,
  type Where,
} from '@stadtmacher/client'
import type { Config } from '@stadtmacher/types'
import type { H3Event } from 'h3'

type Collections = Config['collections']
export type CmsDoc<C extends ContentCollection> = Collections[C]

/** Where the CMS is and, in production, the site's partner key (NUXT_CMS_URL, NUXT_CMS_API_KEY). */
export type CmsAccess = { cmsUrl: string; cmsApiKey?: string }

let cached: { access: string; client: StadtmacherClient } | undefined

/** A CMS that does not answer within this time counts as down (the page shows the branded 503). */
const timeoutMs = 10_000

/**
 * Asks the CMS for uncompressed answers. The CMS sits next to the site (loopback or the compose network),
 * where gzip saves no time but costs CPU on both ends: about 4 ms per uncached page in the profiles.
 */
const siteFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers)
  headers.set('accept-encoding', 'identity')
  return fetch(input, { ...init, headers, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) })
}

/**
 * The client for the site's CMS reads. With a key the site has a rate-limit budget of its own instead of
 * sharing its address's anonymous one; a partner key reads published content only, like an anonymous call.
 */
export function cmsClient({ cmsUrl, cmsApiKey }: CmsAccess): StadtmacherClient {
  const access = `${cmsUrl} ${cmsApiKey ?? ''}`
  if (cached?.access !== access) cached = { access, client: createClient({ baseUrl: cmsUrl, apiKey: cmsApiKey || undefined, fetch: siteFetch }) }
  return cached.client
}

export type CmsQuery<C extends ContentCollection> = {
  locale: Locale | 'all'
  where?: Where
  select?: Select<C>
  depth?: number
  limit?: number
  page?: number
  sort?: string
}

const client = (event: H3Event) => cmsClient(useRuntimeConfig(event))

/** Reads of published documents through Payload's REST API, typed by the generated types. */
export async function cmsFind<C extends ContentCollection>(event: H3Event, collection: C, query: CmsQuery<C>): Promise<Page<CmsDoc<C>>> {
  // The client types each reader by its own collection; indexed by a type parameter, TypeScript sees a union.
  const reader = client(event)[collection] as unknown as CollectionReader<CmsDoc<C>, C>
  return cmsCall(collection, () => reader.list({ depth: 0, ...query }))
}

/**
 * What `slug` names in `locale`, as the CMS resolves it (`/api/<collection>/by-slug/<slug>`): the published
 * document and the locales it exists in, or null. For a slug the document had before, the CMS redirects to
 * its current one and the client follows: the answer then has another slug in `locale`.
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
export async function cmsFindAll<C extends ContentCollection>(event: H3Event, collection: C, query: Omit<CmsQuery<C>, 'limit' | 'page'>): Promise<CmsDoc<C>[]> {
  const first = await cmsFind(event, collection, { ...query, limit: cmsMaxLimit, page: 1 })
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, index) => cmsFind(event, collection, { ...query, limit: cmsMaxLimit, page: index + 2 })),
  )
  return [first, ...rest].flatMap((page) => page.docs)
}

/** The number of published documents matching `where`. */
export async function cmsCount(event: H3Event, collection: ContentCollection, where?: Where): Promise<number> {
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
