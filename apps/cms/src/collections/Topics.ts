import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editors } from '../access/isEditor'
import { slugField } from '../fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ collection: 'topics', from: ({ data }) => String(data.name ?? '') }),
  ],
}
