import { defaultLocale, isLocale, type Locale } from '@stadtmacher/domain/locales'
import { isAddressIn, presenceSelect, documentLocalesOf, type AllLocalesDoc, type DocumentLocales } from '@stadtmacher/domain/documentLocales'
import { type TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import { headersWithCors, parseParams, type Endpoint, type PayloadRequest } from 'payload'
import { findPublishedBySlug } from '../utilities/findPublishedBySlug'

export const maxSlugLength = 200

const answer = (req: PayloadRequest, body: unknown, status = 200) => Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })
const problem = (req: PayloadRequest, status: number, field: string, message: string) => answer(req, { errors: [{ field, message }] }, status)

/** The locales one document is published in, from its slug, title and main text in every locale. */
async function publishedTranslations(req: PayloadRequest, collection: TranslatedCollection, id: string, locale: Locale): Promise<DocumentLocales> {
  const { docs } = await req.payload.find({
    collection,
    locale: 'all',
    where: { id: { equals: id } },
    select: presenceSelect(collection),
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return documentLocalesOf(collection, (docs[0] ?? {}) as AllLocalesDoc, locale)
}

/**
 * GET /api/{partnerships|terrain|authors}/by-slug/{slug}?locale=en[&depth=…][&select[…]=true]: the published
 * document with that slug in that locale, and the locales it is published in with its slug there (for
 * language links and hreflang). One request instead of a look-up and a `locale=all` read: the site asks
 * this for every page it renders (issue 7).
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
    const doc = await findPublishedBySlug(req, collection, slug, { locale, depth, select, populate })
    const notFound = () => problem(req, 404, 'slug', `Nothing in ${collection} is published with this slug in ${locale}.`)
    if (!doc) return notFound()
    const translations = await publishedTranslations(req, collection, String(doc.id), locale)
    return isAddressIn(translations, locale, slug) ? answer(req, { doc, translations }) : notFound()
  },
}
