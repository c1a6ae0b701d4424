import { maxDepth, maxLimit } from '../middleware/validateQuery'
import { maxSlugLength } from '../endpoints/bySlug'
import { defaultLimit as defaultSearchLimit, maxLimit as maxSearchLimit, maxQueryLength } from '../search/parseSearchQuery'
import { searchableCollections } from '@stadtmacher/domain/documentTypes'

const query = (name: string, description: string, schema: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name,
  in: 'query',
  description,
  schema,
  ...extra,
})

/** The query and header parameters of the read API, each described once (components.parameters). */
export function parameters(locales: readonly string[], defaultDepth: number) {
  return {
    id: { name: 'id', in: 'path', required: true, description: 'The document id.', schema: { type: 'string' } },
    limit: query('limit', `Documents per page, at most ${maxLimit}; more is a 400.`, { type: 'integer', minimum: 0, maximum: maxLimit, default: 10 }),
    page: query('page', 'The page to return, from 1.', { type: 'integer', minimum: 1, default: 1 }),
    depth: query('depth', `How many levels of related documents to populate instead of giving their ids, at most ${maxDepth}.`, {
      type: 'integer',
      minimum: 0,
      maximum: maxDepth,
      default: defaultDepth,
    }),
    locale: query('locale', '`all` returns every localized field as an object keyed by locale. An unknown locale is a 400.', {
      enum: [...locales, 'all'],
      default: locales[0],
    }),
    oneLocale: query('locale', 'The locale of the slug and of the document. An unknown locale, or `all`, is a 400.', { enum: [...locales], default: locales[0] }),
    slugPath: { name: 'slug', in: 'path', required: true, description: 'The document’s slug in `locale`.', schema: { type: 'string', minLength: 1, maxLength: maxSlugLength } },
    fallbackLocale: query('fallback-locale', 'Where a field has no value in `locale`: fall back to this locale, or `none` to leave it empty.', {
      enum: [...locales, 'none'],
      default: locales[0],
    }),
    slug: query('where[slug][equals]', 'Find a document by its slug. Slugs are per locale: use the slug of the `locale` asked for.', {
      type: 'string',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    }),
    where: query(
      'where',
      'A query in bracket syntax, e.g. `where[kind][equals]=official` or `where[or][0][since][less_than]=1990`; an unknown field or operator is a 400 naming it.',
      { type: 'object', additionalProperties: true },
      { style: 'deepObject', explode: true },
    ),
    select: query('select', 'Only these fields, e.g. `select[title]=true&select[slug]=true`.', { type: 'object', additionalProperties: { type: 'boolean' } }, { style: 'deepObject', explode: true }),
    sort: query('sort', 'A field to sort by; a leading minus sorts descending, e.g. `-date`.', { type: 'string' }),
    ifNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      description: 'The ETag of an earlier answer: an unchanged answer is a 304 without a body.',
      schema: { type: 'string' },
    },
    searchQuery: query('q', 'The words to find (every word must occur).', { type: 'string', minLength: 1, maxLength: maxQueryLength }, { required: true }),
    searchLocale: query('locale', 'The language to search in.', { enum: locales, default: locales[0] }),
    searchType: query('type', 'The types to search, comma-separated; all by default.', { type: 'array', items: { enum: searchableCollections } }, { style: 'form', explode: false }),
    searchLimit: query('limit', `Hits per type, 1 to ${maxSearchLimit}.`, { type: 'integer', minimum: 1, maximum: maxSearchLimit, default: defaultSearchLimit }),
  }
}

export type ParameterName = keyof ReturnType<typeof parameters>

/** A reference to one of the shared parameters. */
export const parameterRef = (name: ParameterName) => ({ $ref: `#/components/parameters/${name}` })
