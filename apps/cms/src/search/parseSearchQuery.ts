import { isLocale, locales, type Locale } from '@stadtmacher/domain/locales'
import { normalizeQuery } from './normalize'
import { isSearchableCollection, searchableCollections, type SearchableCollection } from '@stadtmacher/domain/documentTypes'

export const maxQueryLength = 200
export const maxWords = 8
export const defaultLimit = 5
export const maxLimit = 20

export type SearchQuery = { q: string; words: string[]; locale: Locale; limit: number; types: SearchableCollection[] }
export type SearchQueryError = { field: string; message: string }

/** Reads and checks the query string of /api/search; an error names the parameter at fault. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery | SearchQueryError {
  const q = params.get('q')?.trim() ?? ''
  if (!q) return { field: 'q', message: 'The query parameter q is required and must not be empty.' }
  if (q.length > maxQueryLength) return { field: 'q', message: `The query parameter q may be at most ${maxQueryLength} characters long.` }
  const locale = params.get('locale') ?? 'de'
  if (!isLocale(locale)) return { field: 'locale', message: `The locale must be one of ${locales.join(', ')}.` }
  const limitText = params.get('limit') ?? String(defaultLimit)
  const limit = Number(limitText)
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > maxLimit) return { field: 'limit', message: `The limit must be a whole number from 1 to ${maxLimit}.` }
  const typeList = params.get('type')?.split(',').filter(Boolean) ?? [...searchableCollections]
  const unknown = typeList.find((type) => !isSearchableCollection(type))
  if (unknown) return { field: 'type', message: `Unknown type "${unknown.slice(0, 40)}": use ${searchableCollections.join(', ')}.` }
  const words = normalizeQuery(q).split(' ').filter(Boolean).slice(0, maxWords)
  return { q, words, locale, limit, types: typeList as SearchableCollection[] }
}

export const isSearchQueryError = (value: SearchQuery | SearchQueryError): value is SearchQueryError => 'field' in value
