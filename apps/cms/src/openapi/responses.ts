import { schemaRef } from './jsonSchema'

const errorContent = { 'application/json': { schema: schemaRef('Errors') } }
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` })

/** The error body every 4xx answer has. */
export const errorsSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          message: { type: 'string' },
          field: { type: 'string', description: 'The parameter or field at fault, when there is one.' },
        },
      },
    },
  },
}

/** Response headers, described once. */
export const headers = {
  ETag: { description: 'A strong validator of the body; send it back as If-None-Match.', schema: { type: 'string' } },
  CacheControl: {
    description: '`public, max-age=60, stale-while-revalidate=300` for anonymous reads; `private, no-cache` with a key or session.',
    schema: { type: 'string' },
  },
  RetryAfter: { description: 'Seconds until the client may try again.', schema: { type: 'integer', minimum: 1 } },
}

/** The answers shared by every read (components.responses). */
export const responses = {
  NotModified: { description: 'The answer has not changed since the ETag sent in If-None-Match.', headers: { ETag: headerRef('ETag') } },
  BadRequest: { description: 'A parameter is out of range or unknown; `field` names it.', content: errorContent },
  NotFound: { description: 'No such document, or it is not published in this locale.', content: errorContent },
  TooManyRequests: {
    description: 'The rate limit (per address, or per key for partners) is used up.',
    headers: { 'Retry-After': headerRef('RetryAfter') },
    content: errorContent,
  },
}

/** A 200 with the cache headers and a JSON body of the given schema. */
export const ok = (description: string, schema: Record<string, unknown>) => ({
  description,
  headers: { ETag: headerRef('ETag'), 'Cache-Control': headerRef('CacheControl') },
  content: { 'application/json': { schema } },
})

const responseRef = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` })

/** The error answers of a read: 304, 400, 429, and 404 where a single document is asked for. */
export const readErrors = (withNotFound: boolean) => ({
  '304': responseRef('NotModified'),
  '400': responseRef('BadRequest'),
  ...(withNotFound ? { '404': responseRef('NotFound') } : {}),
  '429': responseRef('TooManyRequests'),
})
