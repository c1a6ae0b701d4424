import { defaultLocale, type Locale } from '@stadtmacher/config/locales'
import type { H3Event } from 'h3'
import type { Translations } from '#shared/types/content'
import { toTranslations, type AllLocales } from '#shared/utils/translations'
import type { CmsCollection, CmsDoc, CmsQuery } from './cms'
import { notFoundOrMoved } from './previousSlugs'
import { slugInLocaleWhere, type Localized } from './slugWhere'

type Found<C extends CmsCollection> = { doc: CmsDoc<C>; translations: Translations }
type Args<C extends Localized> = { slug: string; locale: Locale; select: CmsQuery<C>['select']; depth: number }
/** A document as a `locale=all` read returns it: each localized field keyed by locale. */
type AllLocalesDoc = { id?: string | number } & Record<string, AllLocales>

/** Field names that tell whether a document is translated: its title and its main text. */
const presenceFields = {
  partnerships: { title: 'title', text: 'summary' },
  terrain: { title: 'title', text: 'body' },
  authors: { title: 'role', text: 'biography' },
} as const

/**
 * A published document by its slug in `locale`, or by its German slug when it has no `locale` version
 * (then shown in German with a note), plus the locales it exists in. Throws 404 when there is none, naming
 * the document's current slug when `slug` is one it had before in `locale` (the page redirects there).
 */
export async function findBySlug<C extends Localized>(event: H3Event, collection: C, args: Args<C>): Promise<Found<C>> {
  // Both reads at once: the locales read finds the document by its slug in `locale` too, so an uncached
  // page waits for one CMS round trip here instead of two in a row (issue 7).
  const [found, all] = await Promise.all([
    cmsFind(event, collection, { locale: args.locale, where: { slug: { equals: args.slug } }, limit: 1, depth: args.depth, select: args.select }),
    findInAllLocales(event, collection, slugInLocaleWhere(collection, args.locale, args.slug)),
  ])
  const doc = found.docs[0]
  if (doc) return withTranslations(event, collection, args, doc, all?.id === doc.id ? all : await findInAllLocales(event, collection, byId(doc.id)))
  if (args.locale === defaultLocale) throw await notFoundOrMoved(event, collection, args)
  return findInDefaultLocale(event, collection, args)
}

/** No `locale` version with that slug: the document with that German slug, read in `locale` (Payload falls back to German). */
async function findInDefaultLocale<C extends Localized>(event: H3Event, collection: C, args: Args<C>): Promise<Found<C>> {
  const { docs } = await cmsFind(event, collection, { locale: defaultLocale, where: { slug: { equals: args.slug } }, limit: 1, select: { slug: true } as CmsQuery<C>['select'] })
  const id = docs[0]?.id
  if (!id) throw await notFoundOrMoved(event, collection, args)
  const [found, all] = await Promise.all([
    cmsFind(event, collection, { locale: args.locale, where: byId(id), limit: 1, depth: args.depth, select: args.select }),
    findInAllLocales(event, collection, byId(id)),
  ])
  const doc = found.docs[0]
  if (!doc) throw await notFoundOrMoved(event, collection, args)
  return withTranslations(event, collection, args, doc, all)
}

/** The document with the locales it exists in, from its `locale=all` read (none: it exists in none). */
async function withTranslations<C extends Localized>(event: H3Event, collection: C, args: Args<C>, doc: CmsDoc<C>, all: AllLocalesDoc | undefined): Promise<Found<C>> {
  const fields = presenceFields[collection]
  const read = all ?? {}
  const translations = toTranslations({ slug: read.slug, title: read[fields.title], text: read[fields.text], locale: args.locale })
  // A slug that belongs to no locale of the document (e.g. a German slug under /en/ for a translated
  // document) is not this document's address there.
  if (translations.slugs[args.locale] && translations.slugs[args.locale] !== args.slug) {
    throw await notFoundOrMoved(event, collection, args)
  }
  return { doc, translations }
}

const byId = (id: string | number) => ({ id: { equals: id } })

/** Slug, title and main text of the first published document matching `where`, in every locale. */
async function findInAllLocales(event: H3Event, collection: Localized, where: Record<string, unknown>): Promise<AllLocalesDoc | undefined> {
  const fields = presenceFields[collection]
  const { docs } = await cmsFind(event, collection, {
    locale: 'all',
    where,
    limit: 1,
    select: { slug: true, [fields.title]: true, [fields.text]: true } as CmsQuery<typeof collection>['select'],
  })
  return docs[0] as AllLocalesDoc | undefined
}
