import { isLocale, type Locale } from './locales'
import type { TranslatedCollection } from './documentTypes'

/**
 * The site path of a document's live preview in the CMS admin (the translated collections have one).
 * The CMS builds the iframe's URL from it and the site routes, caches and frames by it, so the two
 * cannot drift apart.
 */

const segment = 'preview'

/** `/zh/preview/terrain/<id>`: the live preview of one document in one locale. */
export function previewPath(locale: Locale, collection: TranslatedCollection, id: string): string {
  return `/${locale}/${segment}/${collection}/${encodeURIComponent(id)}`
}

/** The route-rule pattern of every preview in `locale` (`/de/preview/**`). */
export const previewRoutePattern = (locale: Locale) => `/${locale}/${segment}/**`

/** Whether a request path (query allowed) is a live preview page. */
export function isPreviewPath(path: string): boolean {
  const [, locale, first] = path.split(/[?#]/)[0]!.split('/')
  return isLocale(locale) && first === segment
}
