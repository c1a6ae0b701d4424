import type { CollectionSlug, Payload, Where } from 'payload'
import { locales, type Locale } from '@stadtmacher/domain/locales'
import { seedOptions } from './context'

type LocalizedData = Record<Locale, Record<string, unknown>>

/**
 * Creates a document in de, then adds en and zh, unless a document matching `where` exists already: the
 * seed never overwrites what editors have changed, and running it twice creates no duplicates.
 */
export async function createOnce(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: LocalizedData,
): Promise<{ id: string; created: boolean }> {
  const found = await payload.find({ collection, where, locale: 'de', limit: 1, depth: 0, draft: true, pagination: false, ...seedOptions })
  const existing = found.docs[0]
  if (existing) return { id: String(existing.id), created: false }
  const [first, ...rest] = locales
  const doc = await payload.create({ collection, data: data[first], locale: first, depth: 0, ...seedOptions })
  // Sequential: each locale is a separate update of the same row.
  for (const locale of rest) {
    await payload.update({ collection, id: doc.id, data: data[locale], locale, depth: 0, ...seedOptions })
  }
  return { id: String(doc.id), created: true }
}
