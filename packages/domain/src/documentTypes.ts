// The content collections partners and the site read, declared once: the CMS, the site, the partner
// client, the e2e suite and the tests derive their lists, unions and per-type facts from this table, so a
// fourth translated collection is one entry here and the compiler points at everything that must follow.
import type { Locale } from './locales'

/** What a collection written and published in each locale on its own needs besides its fields. */
type Translated = {
  /** The site's URL segment of its section in each locale: `/de/partnerschaften/<slug>`. */
  segment: Record<Locale, string>
  /** The fields that tell whether a locale is translated: a short one (a title) and the main text. */
  title: string
  text: string
  /** Whether the slug is localized (one per locale) or one slug for every locale (authors' names). */
  slugPerLocale: boolean
}

type DocumentType = {
  /** Present for the hand-translated collections (each locale published on its own, looked up by slug). */
  translated?: Translated
  /** Whether the site-wide search covers it; the table's order is the order of the search's groups. */
  searchable: boolean
}

export const documentTypes = {
  partnerships: {
    translated: { segment: { de: 'partnerschaften', en: 'partnerships', zh: 'huoban-guanxi' }, title: 'title', text: 'summary', slugPerLocale: true },
    searchable: true,
  },
  cities: { searchable: true },
  terrain: {
    translated: { segment: { de: 'terrain', en: 'terrain', zh: 'terrain' }, title: 'title', text: 'body', slugPerLocale: true },
    searchable: true,
  },
  authors: {
    translated: { segment: { de: 'autoren', en: 'authors', zh: 'zuozhe' }, title: 'role', text: 'biography', slugPerLocale: false },
    searchable: true,
  },
  topics: { searchable: false },
} as const satisfies Record<string, DocumentType>

type Types = typeof documentTypes

/** A collection partners read through the API (its REST slug). */
export type ContentCollection = keyof Types

/** A collection whose documents are translated by hand: each locale written, published and looked up by slug on its own. */
export type TranslatedCollection = { [C in ContentCollection]: Types[C] extends { translated: Translated } ? C : never }[ContentCollection]

/** A collection the site-wide search covers. */
export type SearchableCollection = { [C in ContentCollection]: Types[C]['searchable'] extends true ? C : never }[ContentCollection]

const entries = Object.entries(documentTypes) as [ContentCollection, DocumentType][]

export const contentCollections: readonly ContentCollection[] = entries.map(([collection]) => collection)

export const translatedCollections = entries.filter(([, type]) => type.translated).map(([collection]) => collection) as readonly TranslatedCollection[]

/** In the order their groups are shown. */
export const searchableCollections = entries.filter(([, type]) => type.searchable).map(([collection]) => collection) as readonly SearchableCollection[]

/** The facts of a translated collection. */
export const translatedType = (collection: TranslatedCollection): Translated => documentTypes[collection].translated

export const isTranslatedCollection = (value: unknown): value is TranslatedCollection =>
  typeof value === 'string' && (translatedCollections as readonly string[]).includes(value)

export const isSearchableCollection = (value: unknown): value is SearchableCollection =>
  typeof value === 'string' && (searchableCollections as readonly string[]).includes(value)
