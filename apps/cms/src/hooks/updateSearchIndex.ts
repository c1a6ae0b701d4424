import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { indexDocument, removeFromIndex } from '../search/indexDocument'
import { isSearchableCollection } from '@stadtmacher/domain/documentTypes'

/** Keeps the search index in step with what is published, in every locale. */
export const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (isSearchableCollection(collection.slug)) await indexDocument({ collection: collection.slug, id: String(doc.id), req })
  return doc
}

export const removeAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (isSearchableCollection(collection.slug)) await removeFromIndex({ collection: collection.slug, id: String(id), req })
}
