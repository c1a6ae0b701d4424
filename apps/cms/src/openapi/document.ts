import type { SanitizedConfig } from 'payload'
import { objectSchema } from './fieldSchemas'
import { type JsonSchema, schemaRef } from './jsonSchema'
import { parameterRef, parameters, type ParameterName } from './parameters'
import { type PublicCollection, publicCollections } from './publicCollections'
import { errorsSchema, headers, ok, readErrors, responses } from './responses'
import { bySlugEndpoint } from '../endpoints/bySlug'
import { countSchema, paginatedSchema, searchResultsSchema, translatedSchema } from './schemas'

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const description = `Published Stadtmacher content in German, English and Chinese, read-only.

Without a key the API is public and limited per address; partners send \`Authorization: partners API-Key <key>\`
for a higher limit. Drafts are never returned. Partnerships, TERRAIN profiles and authors are also found by
their slug in a locale, together with their slug in every other locale they are published in
(\`/{collection}/by-slug/{slug}\`). GraphQL (POST /api/graphql) offers the same content, with
\`PartnershipBySlug\`, \`TerrainProfileBySlug\` and \`AuthorBySlug\` for look-ups by slug.`

/** The look-up by slug with translations, for the collections that have it. */
function bySlugPath(collection: PublicCollection, locales: readonly string[]) {
  const read: ParameterName[] = ['slugPath', 'oneLocale', 'depth', 'fallbackLocale', 'select', 'ifNoneMatch']
  return {
    [`/${collection.slug}/by-slug/{slug}`]: {
      get: {
        operationId: `find${collection.name}BySlug`,
        summary: `One ${collection.name} by its slug in a locale, with the locales it is published in (its slug in each)`,
        tags: [collection.name],
        parameters: read.map(parameterRef),
        responses: {
          '200': ok(`The ${collection.name} and its translations.`, translatedSchema(collection.name, locales)),
          '301': {
            description: 'A slug the document had before in this locale: `Location` is the same look-up under its current slug (HTTP clients follow it).',
            headers: { Location: { description: 'The look-up under the current slug, with the same query.', schema: { type: 'string' } } },
            content: { 'application/json': { schema: { type: 'object', required: ['movedTo'], properties: { movedTo: { type: 'string', description: 'The current slug.' } } } } },
          },
          ...readErrors(true),
        },
      },
    },
  }
}

function collectionPaths(collection: PublicCollection, config: SanitizedConfig, locales: readonly string[]) {
  const sanitized = config.collections.find((c) => c.slug === collection.slug)
  if (!sanitized) throw new Error(`The public collection ${collection.slug} is not in the config.`)
  const hasSlug = sanitized.flattenedFields.some((field) => field.name === 'slug')
  const hasBySlug = Array.isArray(sanitized.endpoints) && sanitized.endpoints.some((endpoint) => endpoint.path === bySlugEndpoint.path)
  const read: ParameterName[] = ['depth', 'locale', 'fallbackLocale', 'ifNoneMatch']
  const list: ParameterName[] = ['limit', 'page', ...(hasSlug ? (['slug'] as const) : []), 'where', 'select', 'sort', ...read]
  const tags = [collection.name]
  return {
    [`/${collection.slug}`]: {
      get: {
        operationId: `find${capitalized(collection.slug)}`,
        summary: `List ${collection.slug}${hasSlug ? ', or find one by slug' : ''}`,
        tags,
        parameters: list.map(parameterRef),
        responses: { '200': ok(`A page of ${collection.slug}.`, paginatedSchema(collection.name)), ...readErrors(false) },
      },
    },
    [`/${collection.slug}/count`]: {
      get: {
        operationId: `count${capitalized(collection.slug)}`,
        summary: `The number of published ${collection.slug}, optionally only those matching \`where\``,
        tags,
        parameters: (['where', 'locale', 'ifNoneMatch'] as const).map(parameterRef),
        responses: { '200': ok(`The number of ${collection.slug}.`, countSchema), ...readErrors(false) },
      },
    },
    [`/${collection.slug}/{id}`]: {
      get: {
        operationId: `find${collection.name}ByID`,
        summary: `One ${collection.name} by id`,
        tags,
        parameters: [parameterRef('id'), ...read.map(parameterRef)],
        responses: { '200': ok(`The ${collection.name}.`, schemaRef(collection.name)), ...readErrors(true) },
      },
    },
    ...(hasBySlug ? bySlugPath(collection, locales) : {}),
  }
}

/** The document schema of each public collection, derived from its fields. */
function collectionSchemas(config: SanitizedConfig, locales: readonly string[]): Record<string, JsonSchema> {
  return Object.fromEntries(
    publicCollections.map(({ slug, name }) => {
      const fields = config.collections.find((c) => c.slug === slug)?.flattenedFields ?? []
      const schema = objectSchema(fields, locales)
      const properties = { id: { type: 'string' }, ...(schema.properties as Record<string, JsonSchema>) }
      return [name, { ...schema, properties, required: ['id'] }]
    }),
  )
}

/**
 * The OpenAPI 3.1 description of the public read API, built from the Payload config: a list, a count, a
 * by-id and (where the collection has it) a by-slug operation per public collection, the search and this document itself.
 */
export function openApiDocument(config: SanitizedConfig) {
  const locales = config.localization ? config.localization.localeCodes : ['en']
  const api = config.routes.api
  return {
    openapi: '3.1.0',
    info: { title: 'Stadtmacher public API', version: '1.0.0', description },
    servers: [{ url: `${config.serverURL ?? ''}${api}` }],
    security: [{}, { partnerKey: [] }],
    tags: [
      ...publicCollections.map(({ name, description }) => ({ name, description })),
      { name: 'Search', description: 'Full-text search across partnerships, cities, TERRAIN and authors.' },
    ],
    paths: {
      ...Object.assign({}, ...publicCollections.map((collection) => collectionPaths(collection, config, locales))),
      '/search': {
        get: {
          operationId: 'search',
          summary: 'Search published content in one locale, grouped by type',
          tags: ['Search'],
          parameters: (['searchQuery', 'searchLocale', 'searchType', 'searchLimit', 'ifNoneMatch'] as const).map(parameterRef),
          responses: { '200': ok('The hits, grouped by type.', searchResultsSchema), ...readErrors(false) },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openApiDocument',
          summary: 'This description',
          responses: { '200': ok('The OpenAPI document.', { type: 'object' }), ...readErrors(false) },
        },
      },
    },
    components: {
      schemas: { ...collectionSchemas(config, locales), Errors: errorsSchema },
      parameters: parameters(locales, config.defaultDepth),
      headers,
      responses,
      securitySchemes: {
        partnerKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'The word `partners API-Key` and the key: `Authorization: partners API-Key 2f6c…`.',
        },
      },
    },
  }
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>
