import { searchableCollections } from '../search/searchableCollections'
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
