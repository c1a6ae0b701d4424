import { StadtmacherApiError, toApiError } from './errors.js'
import { toNestedQuery, toQuery } from './query.js'
import type { ContentSlug, ContentTypes, CountOptions, FindOptions, Locale, Page, ReadOptions, SearchOptions, SearchResults, Translated, TranslatedReadOptions, TranslatedSlug } from './types.js'

/** How to reach the API. */
export type ClientOptions = {
  /** The CMS address, e.g. `https://cms.stadtmacher.de` (the API lives under /api). */
  baseUrl: string
  /** A partner key: a higher rate limit, and requests counted per key instead of per address. */
  apiKey?: string
  /** The locale when a call names none; German (the source language) when left out. */
  locale?: Locale
  /** A fetch implementation, e.g. one with a cache; the global fetch when left out. */
  fetch?: typeof fetch
}

/** Reads of one collection. */
export type CollectionReader<T, S extends ContentSlug = ContentSlug> = {
  /** A page of published documents, optionally filtered (`where`), trimmed (`select`) or in all locales. */
  list(options?: FindOptions<S>): Promise<Page<T>>
  /** The number of published documents, optionally only those matching `where`. */
  count(options?: CountOptions): Promise<number>
  /** The published document with this slug in the locale, or null. */
  bySlug(slug: string, options?: ReadOptions): Promise<T | null>
  /** The published document with this id, or null. */
  byId(id: string, options?: ReadOptions): Promise<T | null>
}

/** Reads of a collection whose documents have a slug in each locale. */
export type TranslatedReader<T, S extends TranslatedSlug = TranslatedSlug> = CollectionReader<T, S> & {
  /**
   * The published document with this slug in the locale and the locales it is published in, with its
   * slug there (for language links and hreflang), in one request; null when there is none.
   */
  bySlugWithTranslations(slug: string, options?: TranslatedReadOptions<S>): Promise<Translated<T> | null>
}

/** The typed client for partner sites; see createClient. */
export type StadtmacherClient = { [S in ContentSlug]: S extends TranslatedSlug ? TranslatedReader<ContentTypes[S], S> : CollectionReader<ContentTypes[S], S> } & {
  /** Searches published partnerships, cities, TERRAIN profiles and authors in one locale. */
  search(q: string, options?: SearchOptions): Promise<SearchResults>
}

/** Creates a client for the Stadtmacher read API (REST, published content only). */
export function createClient({ baseUrl, apiKey, locale: defaultLocale = 'de', fetch: fetchImpl = globalThis.fetch }: ClientOptions): StadtmacherClient {
  const api = `${baseUrl.replace(/\/+$/, '')}/api`
  const headers: Record<string, string> = { Accept: 'application/json', ...(apiKey ? { Authorization: `partners API-Key ${apiKey}` } : {}) }

  async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await fetchImpl(`${api}/${path}`, { headers, signal })
    if (!response.ok) throw await toApiError(response)
    return (await response.json()) as T
  }

  function reader<S extends ContentSlug>(slug: S): CollectionReader<ContentTypes[S], S> {
    type Doc = ContentTypes[S]
    const common = ({ locale = defaultLocale, depth }: ReadOptions) => ({ locale, depth })
    return {
      list: ({ locale = defaultLocale, depth, limit, page, sort, where, select, signal } = {}) =>
        get<Page<Doc>>(`${slug}${toNestedQuery({ locale, depth, limit, page, sort, where, select })}`, signal),
      count: async ({ locale = defaultLocale, where, signal } = {}) =>
        (await get<{ totalDocs: number }>(`${slug}/count${toNestedQuery({ locale, where })}`, signal)).totalDocs,
      bySlug: async (docSlug, options = {}) => {
        const page = await get<Page<Doc>>(`${slug}${toQuery({ 'where[slug][equals]': docSlug, limit: 1, ...common(options) })}`, options.signal)
        return page.docs[0] ?? null
      },
      byId: async (id, options = {}) => {
        try {
          return await get<Doc>(`${slug}/${encodeURIComponent(id)}${toQuery(common(options))}`, options.signal)
        } catch (error) {
          if (error instanceof StadtmacherApiError && error.status === 404) return null
          throw error
        }
      },
    }
  }

  function translatedReader<S extends TranslatedSlug>(slug: S): TranslatedReader<ContentTypes[S], S> {
    return {
      ...reader(slug),
      bySlugWithTranslations: async (docSlug, { locale = defaultLocale, depth, select, signal } = {}) => {
        try {
          return await get<Translated<ContentTypes[S]>>(`${slug}/by-slug/${encodeURIComponent(docSlug)}${toNestedQuery({ locale, depth, select })}`, signal)
        } catch (error) {
          if (error instanceof StadtmacherApiError && error.status === 404) return null
          throw error
        }
      },
    }
  }

  return {
    partnerships: translatedReader('partnerships'),
    terrain: translatedReader('terrain'),
    authors: translatedReader('authors'),
    cities: reader('cities'),
    topics: reader('topics'),
    search: (q, { locale = defaultLocale, types, limit, signal } = {}) =>
      get<SearchResults>(`search${toQuery({ q, locale, type: types?.join(','), limit })}`, signal),
  }
}
