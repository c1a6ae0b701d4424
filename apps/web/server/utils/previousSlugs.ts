import type { Locale } from '@stadtmacher/config/locales'
import type { H3Event } from 'h3'
import type { MovedDocument } from '#shared/utils/movedDocument'
import type { CmsCollection, CmsQuery } from './cms'

type Localized = Extract<CmsCollection, 'partnerships' | 'terrain' | 'authors'>

/** The CMS query for published documents that had `slug` in the queried locale (the CMS keeps them in previousSlugs). */
export function previousSlugWhere(slug: string) {
  return { 'previousSlugs.slug': { equals: slug } }
}

/** The current slug of the first document found, unless it is the requested one (no redirect to itself). */
export function currentSlugOf(docs: { slug?: string | null }[], requested: string): string | undefined {
  const current = docs[0]?.slug
  return current && current !== requested ? current : undefined
}

/** The slug a published document now has in `locale`, if it had `slug` there before. */
export async function findMovedSlug(event: H3Event, collection: Localized, args: { slug: string; locale: Locale }): Promise<string | undefined> {
  const { docs } = await cmsFind(event, collection, {
    locale: args.locale,
    where: previousSlugWhere(args.slug),
    limit: 1,
    select: { slug: true } as CmsQuery<typeof collection>['select'],
  })
  return currentSlugOf(docs, args.slug)
}

/** The error for a slug not found in `locale`: a plain 404, or one naming the slug the document moved to. */
export async function notFoundOrMoved(event: H3Event, collection: Localized, args: { slug: string; locale: Locale }) {
  const movedTo = await findMovedSlug(event, collection, args)
  return createError({ statusCode: 404, statusMessage: 'Not found', data: movedTo ? ({ movedTo } satisfies MovedDocument) : undefined })
}
