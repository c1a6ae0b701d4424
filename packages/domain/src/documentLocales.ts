// Which locales a document exists in: the CMS answers it with each look-up by slug, the site uses it
// for language links, hreflang and the note on untranslated text. One rule for both.
import type { DocumentLocales } from '@stadtmacher/types'
import { translatedType, type TranslatedCollection } from './documentTypes'
import { defaultLocale, locales, type Locale } from './locales'

export type { DocumentLocales }

/** A localized field as a `locale=all` read returns it, or a plain value for an unlocalized field. */
export type AllLocales = Partial<Record<string, unknown>> | string | null | undefined

/**
 * The locales a document is published in, from its `_status` as a `locale=all` read (or the database)
 * returns it: one status per locale (Payload's `localizeStatus`), or one status for every locale.
 */
export function publishedLocales(status: unknown): Set<Locale> {
  if (status === 'published') return new Set(locales)
  if (typeof status !== 'object' || status === null) return new Set()
  return new Set(locales.filter((locale) => (status as Record<string, unknown>)[locale] === 'published'))
}

const present = (value: unknown) => value !== null && value !== undefined && value !== ''

function valueIn(field: AllLocales, locale: Locale): unknown {
  if (field === null || field === undefined || typeof field !== 'object') return field
  return field[locale]
}

/**
 * From a `locale=all` read: the locales a document is published in (status published, slug and title
 * present there) and the language its main text is shown in for `locale` (the default locale when the CMS
 * falls back to it).
 */
export function toDocumentLocales(args: { status: unknown; slug: AllLocales; title: AllLocales; text: AllLocales; locale: Locale }): DocumentLocales {
  const slugs: Partial<Record<Locale, string>> = {}
  const published = publishedLocales(args.status)
  for (const code of locales) {
    if (!published.has(code)) continue
    const slug = valueIn(args.slug, code)
    if (typeof slug === 'string' && slug && present(valueIn(args.title, code))) slugs[code] = slug
  }
  const translated = slugs[args.locale] !== undefined && present(valueIn(args.text, args.locale))
  const fallsBack = !translated && published.has(defaultLocale) && present(valueIn(args.text, defaultLocale))
  return { slugs, shownIn: fallsBack ? defaultLocale : args.locale }
}

/** A document read in every locale (`locale=all`) with presenceSelect: each localized field keyed by locale. */
export type AllLocalesDoc = Record<string, AllLocales>

/** What a `locale=all` read selects to tell the locales a document of `collection` is published in. */
export function presenceSelect(collection: TranslatedCollection): Record<string, true> {
  const { title, text } = translatedType(collection)
  return { _status: true, slug: true, [title]: true, [text]: true }
}

/** The locales of a document of `collection`, from its `locale=all` read with presenceSelect, for `locale`. */
export function documentLocalesOf(collection: TranslatedCollection, doc: AllLocalesDoc, locale: Locale): DocumentLocales {
  const { title, text } = translatedType(collection)
  return toDocumentLocales({ status: doc._status, slug: doc.slug, title: doc[title], text: doc[text], locale })
}

/**
 * Whether `slug` is the document's address in `locale`: not when the document has another slug there
 * (e.g. its German slug asked for under /en/ while it has an English one).
 */
export const isAddressIn = (documentLocales: DocumentLocales, locale: Locale, slug: string): boolean =>
  documentLocales.slugs[locale] === undefined || documentLocales.slugs[locale] === slug
