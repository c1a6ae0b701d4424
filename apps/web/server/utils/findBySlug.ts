import { defaultLocale, type Locale } from '@stadtmacher/domain/locales'
import { isAddressIn, presenceSelect, documentLocalesOf, type AllLocalesDoc, type DocumentLocales } from '@stadtmacher/domain/documentLocales'
import type { TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { H3Event } from 'h3'
import type { CmsDoc, CmsQuery } from './cms'
import { notFoundOrMoved } from './previousSlugs'

type Found<C extends TranslatedCollection> = { doc: CmsDoc<C>; translations: DocumentLocales }
type Args<C extends TranslatedCollection> = { slug: string; locale: Locale; select: CmsQuery<C>['select']; depth: number }

/**
 * A published document by its slug in `locale`, or by its German slug when it has no `locale` version
 * (then shown in German with a note), plus the locales it exists in. Throws 404 when there is none, naming
 * the document's current slug when `slug` is one it had before in `locale` (the page redirects there).
 */
export async function findBySlug<C extends TranslatedCollection>(event: H3Event, collection: C, args: Args<C>): Promise<Found<C>> {
  // One CMS request for a page's document and its translations (issue 7); the rest is for the rare cases.
  const found = await cmsFindBySlug(event, collection, args)
  if (found) return found
  if (args.locale === defaultLocale) throw await notFoundOrMoved(event, collection, args)
  return findInDefaultLocale(event, collection, args)
}

/** No `locale` version with that slug: the document with that German slug, read in `locale` (Payload falls back to German). */
async function findInDefaultLocale<C extends TranslatedCollection>(event: H3Event, collection: C, args: Args<C>): Promise<Found<C>> {
  const { docs } = await cmsFind(event, collection, { locale: defaultLocale, where: { slug: { equals: args.slug } }, limit: 1, select: { slug: true } as CmsQuery<C>['select'] })
  const id = docs[0]?.id
  if (!id) throw await notFoundOrMoved(event, collection, args)
  const [found, all] = await Promise.all([
    cmsFind(event, collection, { locale: args.locale, where: byId(id), limit: 1, depth: args.depth, select: args.select }),
    findInAllLocales(event, collection, id),
  ])
  const doc = found.docs[0]
  if (!doc) throw await notFoundOrMoved(event, collection, args)
  const translations = documentLocalesOf(collection, all ?? {}, args.locale)
  // A slug that belongs to no locale of the document (e.g. a German slug under /en/ for a translated
  // document) is not this document's address there.
  if (!isAddressIn(translations, args.locale, args.slug)) throw await notFoundOrMoved(event, collection, args)
  return { doc, translations }
}

const byId = (id: string | number) => ({ id: { equals: id } })

/** Slug, title and main text of a published document, in every locale. */
async function findInAllLocales(event: H3Event, collection: TranslatedCollection, id: string | number): Promise<AllLocalesDoc | undefined> {
  const { docs } = await cmsFind(event, collection, {
    locale: 'all',
    where: byId(id),
    limit: 1,
    select: presenceSelect(collection) as CmsQuery<typeof collection>['select'],
  })
  return docs[0] as AllLocalesDoc | undefined
}
