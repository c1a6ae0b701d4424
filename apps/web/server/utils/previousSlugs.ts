import { locales, type Locale } from '@stadtmacher/domain/locales'
import type { TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { H3Event } from 'h3'
import type { MovedDocument } from '#shared/utils/movedDocument'
import type { CmsQuery } from './cms'

/**
 * Authors have one slug for all locales (it is not localized in the CMS); partnerships and TERRAIN
 * profiles have one per locale.
 */
const slugSharedByLocales: Record<TranslatedCollection, boolean> = { partnerships: false, terrain: false, authors: true }

/** The CMS query for published documents that had `slug` in the queried locale (the CMS keeps them in previousSlugs). */
export function previousSlugWhere(slug: string) {
  return { 'previousSlugs.slug': { equals: slug } }
}

/** The current slug of the first document found, unless it is the requested one (no redirect to itself). */
export function currentSlugOf(docs: { slug?: string | null }[], requested: string): string | undefined {
  const current = docs[0]?.slug
  return current && current !== requested ? current : undefined
}

/**
 * The locales whose previous slugs count for an address in `locale`, that locale first. An old author
 * slug is an old address in every locale (authors have one slug for all): the CMS keeps it in the locale
 * the editor changed it in.
 */
export function previousSlugLocales(collection: TranslatedCollection, locale: Locale): Locale[] {
  return slugSharedByLocales[collection] ? [locale, ...locales.filter((code) => code !== locale)] : [locale]
}

/** The slug a published document now has in `locale`, if it had `slug` there before (authors: in any locale). */
export async function findMovedSlug(event: H3Event, collection: TranslatedCollection, args: { slug: string; locale: Locale }): Promise<string | undefined> {
  const select = { slug: true } as CmsQuery<typeof collection>['select']
  const found = await Promise.all(
    previousSlugLocales(collection, args.locale).map(async (locale) => ({ locale, docs: (await cmsFind(event, collection, { locale, where: previousSlugWhere(args.slug), limit: 1, select })).docs })),
  )
  const match = found.find(({ docs }) => docs.length > 0)
  const id = match?.docs[0]?.id
  if (!match || !id) return undefined
  if (match.locale === args.locale) return currentSlugOf(match.docs, args.slug)
  // Found through another locale: only an address if the document is published in this one.
  const here = await cmsFind(event, collection, { locale: args.locale, where: { id: { equals: id } }, limit: 1, select })
  return currentSlugOf(here.docs, args.slug)
}

/** The error for a slug not found in `locale`: a plain 404, or one naming the slug the document moved to. */
export async function notFoundOrMoved(event: H3Event, collection: TranslatedCollection, args: { slug: string; locale: Locale }) {
  const movedTo = await findMovedSlug(event, collection, args)
  return createError({ statusCode: 404, statusMessage: 'Not found', data: movedTo ? ({ movedTo } satisfies MovedDocument) : undefined })
}
