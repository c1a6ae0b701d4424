import type { Endpoint } from 'payload'
import { openApiDocument } from '../openapi/document'

/** GET /api/openapi.json: the OpenAPI 3.1 description of the public read API. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => Response.json(openApiDocument(req.payload.config)),
}
