import type { CollectionConfig } from 'payload'
import { editorial } from './shared/editorial'
import { slugField } from '../fields/slug'

/** TERRAIN: short profiles of cooperation projects, essays, event reports and academies. */
export const Terrain: CollectionConfig = {
  slug: 'terrain',
  access: editorial.access,
  forceSelect: editorial.forceSelect,
  endpoints: editorial.endpoints,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'date', '_status', 'translationStatus'] },
  defaultPopulate: { title: true, teaser: true, slug: true, kind: true, hero: true, date: true, period: true },
  labels: { singular: 'TERRAIN profile', plural: 'TERRAIN' },
  graphQL: { singularName: 'TerrainProfile', pluralName: 'TerrainProfiles' },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'teaser', type: 'textarea', localized: true, required: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Project example', value: 'project-example' },
        { label: 'Essay', value: 'essay' },
        { label: 'Event', value: 'event' },
        { label: 'Report', value: 'report' },
        { label: 'Academy', value: 'academy' },
      ],
    },
    { name: 'hero', type: 'upload', relationTo: 'media' },
    { name: 'partnerships', type: 'relationship', relationTo: 'partnerships', hasMany: true, index: true },
    { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true, index: true },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true, index: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, index: true },
    { name: 'period', type: 'text', localized: true, admin: { description: 'As readers should see it, e.g. "4.–15. September 2017"' } },
    { name: 'date', type: 'date', index: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    slugField({ collection: 'terrain', from: ({ data }) => String(data.title ?? '') }),
    ...editorial.fields,
  ],
  hooks: editorial.hooks,
  versions: editorial.versions,
}
