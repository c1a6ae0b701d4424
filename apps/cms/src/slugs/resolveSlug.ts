import { defaultLocale, locales, type Locale } from '@stadtmacher/domain/locales'
import { documentLocalesOf, isAddressIn, presenceSelect, type AllLocalesDoc, type DocumentLocales } from '@stadtmacher/domain/documentLocales'
import { translatedType, type TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { DataFromCollectionSlug, PayloadRequest, PopulateType, SelectType, Where } from 'payload'

/** How the document that is found is read: its locale, and what the asker wants of it. */
export type SlugReadOptions = { locale: Locale; depth?: number; select?: SelectType; populate?: PopulateType }

type Doc<C extends TranslatedCollection> = DataFromCollectionSlug<C>

/** What a slug is in one locale: a published document's address, an address it had before, or nothing. */
export type SlugResolution<C extends TranslatedCollection> =
  | { kind: 'found'; doc: Doc<C>; translations: DocumentLocales }
  | { kind: 'moved'; id: Doc<C>['id']; slug: string }
  | { kind: 'missing' }

const missing = { kind: 'missing' } as const

// Explicit, although readers' access says the same: it keeps these look-ups published-only whoever asks.
const published: Where = { _status: { equals: 'published' } }
const byId = (id: string | number): Where => ({ id: { equals: id } })

/**
 * The first published document matching `where` in `options.locale`, read with the rights of `req`.
 * Calls run one after the other: the Local API keeps each call's locale in the request.
 */
export async function findPublished<C extends TranslatedCollection>(req: PayloadRequest, collection: C, where: Where, { locale, depth, select, populate }: SlugReadOptions): Promise<Doc<C> | null> {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [where, published] },
    locale,
    fallbackLocale: req.fallbackLocale,
    depth,
    select,
    populate,
    draft: false,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return (docs[0] as Doc<C> | undefined) ?? null
}

/** The locales one document is published in, with its slug there, from its slug, title and main text in every locale. */
async function publishedLocalesOf(req: PayloadRequest, collection: TranslatedCollection, id: string | number, locale: Locale): Promise<DocumentLocales> {
  const { docs } = await req.payload.find({
    collection,
    locale: 'all',
    where: { and: [byId(id), published] },
    select: presenceSelect(collection),
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return documentLocalesOf(collection, (docs[0] ?? {}) as AllLocalesDoc, locale)
}

const slugOnly = { slug: true } as SelectType

/**
 * The locales whose old slugs are old addresses in `locale`, that locale first. A slug that is not
 * localized (authors have one for every locale) keeps its old values in the locale the editor changed it
 * in, and each of them is an old address everywhere.
 */
function oldSlugLocales(collection: TranslatedCollection, locale: Locale): Locale[] {
  return translatedType(collection).slugPerLocale ? [locale] : [locale, ...locales.filter((code) => code !== locale)]
}

/** The current slug in `locale` of a published document that had `slug` before (found through the CMS's previousSlugs). */
async function movedFrom<C extends TranslatedCollection>(req: PayloadRequest, collection: C, slug: string, locale: Locale): Promise<SlugResolution<C>> {
  for (const oldIn of oldSlugLocales(collection, locale)) {
    const before = await findPublished(req, collection, { 'previousSlugs.slug': { equals: slug } }, { locale: oldIn, select: slugOnly, depth: 0 })
    if (!before) continue
    // Found through another locale: an address here only if the document is published here.
    const here = oldIn === locale ? before : await findPublished(req, collection, byId(before.id), { locale, select: slugOnly, depth: 0 })
    const current = here?.slug
    return here && current && current !== slug ? { kind: 'moved', id: here.id, slug: current } : missing
  }
  return missing
}

/**
 * What `slug` names in `options.locale` for readers, in this order: the published document with that slug
 * there; else, outside German, the one with that German slug, read in the locale (Payload falls back to
 * German field by field), as long as it has no slug of its own there; else the document that had the slug
 * before. The REST look-up answers the last with a redirect, GraphQL with the document itself.
 */
export async function resolveSlug<C extends TranslatedCollection>(req: PayloadRequest, collection: C, slug: string, options: SlugReadOptions): Promise<SlugResolution<C>> {
  const { locale } = options
  const doc = await findPublished(req, collection, { slug: { equals: slug } }, options)
  if (doc) {
    const translations = await publishedLocalesOf(req, collection, doc.id, locale)
    if (isAddressIn(translations, locale, slug)) return { kind: 'found', doc, translations }
  }
  if (locale !== defaultLocale) {
    const german = await findPublished(req, collection, { slug: { equals: slug } }, { locale: defaultLocale, select: slugOnly, depth: 0 })
    if (german) {
      const translations = await publishedLocalesOf(req, collection, german.id, locale)
      // A German slug is no address in a locale where the document has a slug of its own.
      const fallback = isAddressIn(translations, locale, slug) ? await findPublished(req, collection, byId(german.id), options) : null
      if (fallback) return { kind: 'found', doc: fallback, translations }
    }
  }
  return movedFrom(req, collection, slug, locale)
}
