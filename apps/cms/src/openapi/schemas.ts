import { searchableCollections } from '@stadtmacher/domain/documentTypes'
import { type JsonSchema, nullable, schemaRef } from './jsonSchema'

const integer = { type: 'integer' }

/** The answer of a count. */
export const countSchema: JsonSchema = {
  type: 'object',
  required: ['totalDocs'],
  properties: { totalDocs: { type: 'integer', minimum: 0 } },
  additionalProperties: false,
}

/** A page of documents as Payload returns it. */
export const paginatedSchema = (name: string): JsonSchema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
  properties: {
    docs: { type: 'array', items: schemaRef(name) },
    totalDocs: integer,
    limit: integer,
    page: integer,
    totalPages: integer,
    pagingCounter: integer,
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    nextPage: nullable(integer),
    prevPage: nullable(integer),
  },
})

/** Text split into runs, `match: true` where the query matched: render those in <mark>. */
const highlighted: JsonSchema = {
  type: 'array',
  items: { type: 'object', required: ['text', 'match'], properties: { text: { type: 'string' }, match: { type: 'boolean' } } },
}

/** The answer of /api/search (see endpoints/search.ts). */
export const searchResultsSchema: JsonSchema = {
  type: 'object',
  required: ['query', 'locale', 'total', 'groups'],
  properties: {
    query: { type: 'string' },
    locale: { type: 'string' },
    total: integer,
    groups: {
      type: 'array',
      description: 'One group per type that has hits.',
      items: {
        type: 'object',
        required: ['type', 'total', 'docs'],
        properties: {
          type: { enum: [...searchableCollections] },
          total: integer,
          docs: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'slug', 'title', 'snippet', 'highlight'],
              properties: {
                id: { type: 'string' },
                slug: { type: 'string' },
                title: { type: 'string' },
                snippet: { type: 'string' },
                highlight: { type: 'object', properties: { title: highlighted, snippet: highlighted } },
              },
            },
          },
        },
      },
    },
  },
}

/** The answer of a look-up by slug (endpoints/bySlug.ts): the document and the locales it is published in. */
export const translatedSchema = (name: string, locales: readonly string[]): JsonSchema => ({
  type: 'object',
  required: ['doc', 'translations'],
  additionalProperties: false,
  properties: {
    doc: schemaRef(name),
    translations: {
      type: 'object',
      required: ['slugs', 'shownIn'],
      additionalProperties: false,
      properties: {
        slugs: {
          type: 'object',
          description: 'The document’s slug in each locale it is published in, for language links and hreflang.',
          additionalProperties: false,
          properties: Object.fromEntries(locales.map((locale) => [locale, { type: 'string' }])),
        },
        shownIn: { enum: [...locales], description: 'The language its text is shown in: the default locale where it is not translated.' },
      },
    },
  },
})
