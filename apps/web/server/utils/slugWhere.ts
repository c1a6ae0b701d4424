import type { Locale } from '@stadtmacher/config/locales'
import type { CmsCollection } from './cms'

export type Localized = Extract<CmsCollection, 'partnerships' | 'terrain' | 'authors'>

/**
 * Authors have one slug for all locales (it is not localized in the CMS); partnerships and TERRAIN
 * profiles have one per locale.
 */
export const slugSharedByLocales: Record<Localized, boolean> = { partnerships: false, terrain: false, authors: true }

/**
 * The CMS query for the document with `slug` in `locale`, for a read in every locale at once
 * (`locale=all`): a localized slug is then named with its locale (`slug.en`), which Payload matches in
 * that locale only.
 */
export function slugInLocaleWhere(collection: Localized, locale: Locale, slug: string) {
  return { [slugSharedByLocales[collection] ? 'slug' : `slug.${locale}`]: { equals: slug } }
}
