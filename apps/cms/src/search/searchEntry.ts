import type { Config } from '@stadtmacher/types'
import type { SearchableCollection } from '@stadtmacher/domain/documentTypes'
import { normalizeForIndex } from './normalize'
import { plainText } from './plainText'

/** What the index keeps of one document in one locale. */
export type SearchEntry = { title: string; slug: string; snippet: string; words: string }

type DocOf = Config['collections']

// Long bodies are cut: the start of a text says what it is about, and rows stay small.
const maxWords = 4000
const snippetLength = 200

const entry = (title: string | null | undefined, slug: string | null | undefined, snippet: string, parts: (string | null | undefined)[]): SearchEntry | null =>
  title && slug
    ? { title, slug, snippet: snippet.slice(0, snippetLength), words: normalizeForIndex(parts.filter(Boolean).join(' ').slice(0, maxWords)) }
    : null

const builders: { [K in SearchableCollection]: (doc: DocOf[K]) => SearchEntry | null } = {
  partnerships: (doc) => entry(doc.title, doc.slug, plainText(doc.summary), [doc.title, plainText(doc.summary)]),
  cities: (doc) => entry(doc.name, doc.slug, doc.region ?? '', [doc.name, doc.region]),
  terrain: (doc) => entry(doc.title, doc.slug, doc.teaser ?? '', [doc.title, doc.teaser, plainText(doc.body)]),
  authors: (doc) => entry(doc.name, doc.slug, doc.role ?? '', [doc.name, doc.role, plainText(doc.biography)]),
}

/** The index entry of a document read in one locale without fallback; null when that locale has no title. */
export function searchEntry<K extends SearchableCollection>(collection: K, doc: DocOf[K]): SearchEntry | null {
  return builders[collection](doc)
}
