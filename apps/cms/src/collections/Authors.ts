import type { CollectionConfig } from 'payload'
import { editorial } from './shared/editorial'
import { slugField } from '../fields/slug'

export const Authors: CollectionConfig = {
  slug: 'authors',
  access: editorial.access,
  forceSelect: editorial.forceSelect,
  endpoints: editorial.endpoints,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'slug', '_status', 'translationStatus'] },
  defaultPopulate: { name: true, slug: true, role: true, portrait: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'role', type: 'text', localized: true, admin: { description: 'One line, e.g. "Journalist, Beijing and Berlin"' } },
    { name: 'biography', type: 'richText', localized: true },
    { name: 'portrait', type: 'upload', relationTo: 'media' },
    slugField({ collection: 'authors', localized: false, from: ({ data }) => String(data.name ?? '') }),
    ...editorial.fields,
  ],
  hooks: editorial.hooks,
  versions: editorial.versions,
}
