import { defaultLocale, type Locale } from '@stadtmacher/config/locales'
import type { H3Event } from 'h3'
import type { Translations } from '#shared/types/content'
import { toTranslations, type AllLocales } from '#shared/utils/translations'
import type { CmsCollection, CmsDoc, CmsQuery } from './cms'
import { notFoundOrMoved } from './previousSlugs'

type Localized = 'partnerships' | 'terrain' | 'authors'
type Found<C extends CmsCollection> = { doc: CmsDoc<C>; translations: Translations }

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
export async function findBySlug<C extends Localized>(
  event: H3Event,
  collection: C,
  args: { slug: string; locale: Locale; select: CmsQuery<C>['select']; depth: number },
): Promise<Found<C>> {
  const found = await cmsFind(event, collection, { locale: args.locale, where: { slug: { equals: args.slug } }, limit: 1, depth: args.depth, select: args.select })
  let doc = found.docs[0]
  if (!doc && args.locale !== defaultLocale) doc = await findInDefaultLocale(event, collection, args)
  if (!doc) throw await notFoundOrMoved(event, collection, args)

  const fields = presenceFields[collection]
  const { docs } = await cmsFind(event, collection, {
    locale: 'all',
    where: { id: { equals: doc.id } },
    limit: 1,
    select: { slug: true, [fields.title]: true, [fields.text]: true } as CmsQuery<C>['select'],
  })
  const all = (docs[0] ?? {}) as Record<string, AllLocales>
  const translations = toTranslations({ slug: all.slug, title: all[fields.title], text: all[fields.text], locale: args.locale })
  // A slug that belongs to no locale of the document (e.g. a German slug under /en/ for a translated
  // document) is not this document's address there.
  if (translations.slugs[args.locale] && translations.slugs[args.locale] !== args.slug) {
    throw await notFoundOrMoved(event, collection, args)
  }
  return { doc, translations }
}

async function findInDefaultLocale<C extends Localized>(
  event: H3Event,
  collection: C,
  args: { slug: string; locale: Locale; select: CmsQuery<C>['select']; depth: number },
) {
  const { docs } = await cmsFind(event, collection, { locale: defaultLocale, where: { slug: { equals: args.slug } }, limit: 1, select: { slug: true } as CmsQuery<C>['select'] })
  const id = docs[0]?.id
  if (!id) return undefined
  const found = await cmsFind(event, collection, { locale: args.locale, where: { id: { equals: id } }, limit: 1, depth: args.depth, select: args.select })
  return found.docs[0]
}
