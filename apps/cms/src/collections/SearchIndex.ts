import type { CollectionConfig } from 'payload'
import { locales } from '@stadtmacher/domain/locales'
import { editors } from '../access/isEditor'
import { searchableCollections } from '@stadtmacher/domain/documentTypes'

/**
 * One row per published document and locale, holding only that locale's own text (never fallback
 * text), folded for search. Written by the updateSearchIndex hooks; read through /api/search.
 */
export const SearchIndex: CollectionConfig = {
  slug: 'search-index',
  access: { create: () => false, delete: () => false, read: editors, update: () => false },
  admin: { hidden: true, useAsTitle: 'title' },
  fields: [
    { name: 'type', type: 'select', required: true, index: true, options: [...searchableCollections] },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: [...locales] },
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'snippet', type: 'textarea' },
    { name: 'words', type: 'textarea', required: true, admin: { description: 'Folded text the search matches against' } },
  ],
}
