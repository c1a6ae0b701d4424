import { defaultLocale, isLocale } from '@stadtmacher/domain/locales'
import { type TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import { headersWithCors, parseParams, type Endpoint, type PayloadRequest } from 'payload'
import { readerRequest } from '../publishing/readerRequest'
import { resolveSlug } from '../slugs/resolveSlug'

export const maxSlugLength = 200

const answer = (req: PayloadRequest, body: unknown, status = 200, headers = new Headers()) => Response.json(body, { status, headers: headersWithCors({ headers, req }) })
const problem = (req: PayloadRequest, status: number, field: string, message: string) => answer(req, { errors: [{ field, message }] }, status)

/** The same look-up under the document's current slug, with the same query (locale, depth, select). */
function currentAddress(req: PayloadRequest, collection: TranslatedCollection, slug: string): string {
  const query = req.url ? new URL(req.url).search : ''
  return `${req.payload.config.routes.api}/${collection}/by-slug/${encodeURIComponent(slug)}${query}`
}

/**
 * GET /api/{partnerships|terrain|authors}/by-slug/{slug}?locale=en[&depth=…][&select[…]=true]: the published
 * document with that slug in that locale, and the locales it is published in with its slug there (for
 * language links and hreflang). One request instead of a look-up and a `locale=all` read: the site asks
 * this for every page it renders. A German slug finds an untranslated document in the other locales; a
 * slug the document had before answers 301 to the look-up under its current slug, which clients follow.
 */
export const bySlugEndpoint: Endpoint = {
  path: '/by-slug/:slug',
  method: 'get',
  handler: async (req) => {
    const collection = req.routeParams?.collection as TranslatedCollection
    const slug = String(req.routeParams?.slug ?? '')
    if (!slug || slug.length > maxSlugLength) return problem(req, 400, 'slug', `slug must be 1 to ${maxSlugLength} characters long.`)
    const locale = req.query.locale ?? defaultLocale
    if (!isLocale(locale)) return problem(req, 400, 'locale', 'locale must be one content locale (de, en or zh); the answer lists the others.')
    const { depth, select, populate } = parseParams(req.query)
    const resolution = await resolveSlug(await readerRequest(req), collection, slug, { locale, depth, select, populate })
    if (resolution.kind === 'found') return answer(req, { doc: resolution.doc, translations: resolution.translations })
    if (resolution.kind === 'moved') {
      return answer(req, { movedTo: resolution.slug }, 301, new Headers({ Location: currentAddress(req, collection, resolution.slug) }))
    }
    return problem(req, 404, 'slug', `Nothing in ${collection} is published with this slug in ${locale}.`)
  },
}
