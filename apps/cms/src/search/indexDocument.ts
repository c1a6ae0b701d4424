import type { PayloadRequest } from 'payload'
import { locales, type Locale } from '@stadtmacher/domain/locales'
import type { SearchableCollection } from '@stadtmacher/domain/documentTypes'
import { searchEntry } from './searchEntry'

type Target = { collection: SearchableCollection; id: string; req: PayloadRequest }

async function readPublished({ collection, id, req }: Target, locale: Locale) {
  // `fallbackLocale: false`: an untranslated field stays empty instead of borrowing German text.
  const doc = await req.payload.findByID({ collection, id, locale, fallbackLocale: false, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
  if (!doc) return null
  const status = (doc as { _status?: string })._status
  return status === undefined || status === 'published' ? doc : null
}

/** Removes every index row of a document. */
export async function removeFromIndex({ collection, id, req }: Target): Promise<void> {
  await req.payload.delete({ collection: 'search-index', where: { and: [{ type: { equals: collection } }, { docId: { equals: id } }] }, overrideAccess: true, req })
}

/** Rewrites the index rows of one document: one per locale in which it is published and has a title. */
export async function indexDocument(target: Target): Promise<number> {
  await removeFromIndex(target)
  let rows = 0
  for (const locale of locales) {
    const doc = await readPublished(target, locale)
    const entry = doc ? searchEntry(target.collection, doc as never) : null
    if (!entry) continue
    await target.req.payload.create({ collection: 'search-index', data: { type: target.collection, docId: target.id, locale, ...entry }, overrideAccess: true, req: target.req })
    rows++
  }
  return rows
}
