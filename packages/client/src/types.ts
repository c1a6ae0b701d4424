import type { ContentCollection, SearchableCollection, TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { Config, DocumentLocales } from '@stadtmacher/types'

/** A content locale of Stadtmacher. */
export type Locale = Config['locale']

/** The collections the client reads, by their API slug. */
export type ContentTypes = Pick<Config['collections'], ContentCollection>

/** One of the collections the client reads. */
export type ContentSlug = keyof ContentTypes

/** A page of documents, as the REST API returns it. */
export type Page<T> = {
  docs: T[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
  nextPage?: number | null
  prevPage?: number | null
}

/** Options every read takes. */
export type ReadOptions = {
  /** The language of the content; the client's default when left out. */
  locale?: Locale
  /** Levels of related documents to populate (0–3); the API's default (2) when left out. */
  depth?: number
  /** Aborts the request, e.g. on a timeout. */
  signal?: AbortSignal
}

/** Options of a list read. */
export type ListOptions = ReadOptions & {
  /** Documents per page, at most 100. */
  limit?: number
  /** The page, from 1. */
  page?: number
  /** A field to sort by, `-` first for descending, e.g. `-date`. */
  sort?: string
}

/**
 * A Payload `where` query, e.g. `{ kind: { equals: 'official' } }` or `{ or: [...] }`. Unknown fields and
 * operators are refused by the API with a 400 naming them.
 */
export type Where = { [field: string]: unknown }

/** The fields to return, e.g. `{ title: true, slug: true }`; the others are left out of the answer. */
export type Select<S extends ContentSlug> = Config['collectionsSelect'][S]

/** Options of a list read with a query: which documents, which fields, and all locales at once if asked. */
export type FindOptions<S extends ContentSlug> = Omit<ListOptions, 'locale'> & {
  /** A content locale, or `all`: then every localized field is an object keyed by locale (`{ de, en, zh }`). */
  locale?: Locale | 'all'
  where?: Where
  select?: Select<S>
}

/** The collections whose documents have a slug in each locale: they can be looked up with their translations. */
export type TranslatedSlug = TranslatedCollection

/** Options of a look-up with translations: a locale, the relations to populate, the fields to return. */
export type TranslatedReadOptions<S extends ContentSlug> = ReadOptions & { select?: Select<S> }

/** A document with the locales it is published in (its slug in each) and the language its text is shown in. */
export type Translated<T> = { doc: T; translations: DocumentLocales }

/** Options of a count. */
export type CountOptions = Pick<ReadOptions, 'locale' | 'signal'> & { where?: Where }

/** A run of text; `match` marks the words the query found. */
export type HighlightRun = { text: string; match: boolean }

/** One hit of a search. */
export type SearchHit = {
  id: string
  slug: string
  title: string
  snippet: string
  highlight: { title: HighlightRun[]; snippet: HighlightRun[] }
}

/** The types a search covers. */
export type SearchType = SearchableCollection

/** The answer of a search: the hits grouped by type, only types with hits. */
export type SearchResults = {
  query: string
  locale: Locale
  total: number
  groups: { type: SearchType; total: number; docs: SearchHit[] }[]
}

/** Options of a search. */
export type SearchOptions = {
  locale?: Locale
  /** Restrict the search to these types. */
  types?: SearchType[]
  /** Hits per type, 1–20. */
  limit?: number
  signal?: AbortSignal
}
