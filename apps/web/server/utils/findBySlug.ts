import type { Locale } from '@stadtmacher/domain/locales'
import type { DocumentLocales } from '@stadtmacher/domain/documentLocales'
import type { TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { H3Event } from 'h3'
import type { MovedDocument } from '#shared/utils/movedDocument'
import type { CmsDoc, CmsQuery } from './cms'

type Found<C extends TranslatedCollection> = { doc: CmsDoc<C>; translations: DocumentLocales }
type Args<C extends TranslatedCollection> = { slug: string; locale: Locale; select: CmsQuery<C>['select']; depth: number }

/**
 * The published document that `slug` names in `locale` and the locales it exists in, as the CMS resolves
 * it (a German slug for a document without a slug of its own there, shown in German with a note). Throws
 * 404 when there is none, naming the document's current slug when `slug` is one it had before (the CMS
 * answers the current document, and the page redirects to its address).
 */
export async function findBySlug<C extends TranslatedCollection>(event: H3Event, collection: C, args: Args<C>): Promise<Found<C>> {
  const found = await cmsFindBySlug(event, collection, args)
  if (!found) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const current = found.translations.slugs[args.locale]
  if (current !== undefined && current !== args.slug) throw createError({ statusCode: 404, statusMessage: 'Not found', data: { movedTo: current } satisfies MovedDocument })
  return found
}
