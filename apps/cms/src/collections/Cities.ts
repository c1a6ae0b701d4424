import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editors } from '../access/isEditor'
import { coordinatesField } from '../fields/coordinates'
import { slugField } from '../fields/slug'
import { indexAfterChange, removeAfterDelete } from '../hooks/updateSearchIndex'

export const Cities: CollectionConfig = {
  slug: 'cities',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'region', 'slug'], listSearchableFields: ['name', 'slug'] },
  defaultPopulate: { name: true, slug: true, country: true, region: true, coordinates: true },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    {
      name: 'country',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Deutschland / Germany / 德国', value: 'DE' },
        { label: 'China / China / 中国', value: 'CN' },
      ],
    },
    { name: 'region', type: 'text', localized: true, required: true, admin: { description: 'Bundesland or province' } },
    coordinatesField,
    slugField({ collection: 'cities', from: ({ data }) => String(data.name ?? '') }),
  ],
  hooks: { afterChange: [indexAfterChange], afterDelete: [removeAfterDelete] },
}
