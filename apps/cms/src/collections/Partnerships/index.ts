import type { CollectionConfig } from 'payload'
import { editorial } from '../shared/editorial'
import { slugField } from '../../fields/slug'
import { setPartnershipTitle } from './hooks/setPartnershipTitle'
import { partnershipSlug } from './partnershipSlug'
import { cityInCountry, validateSince } from './validate'

export const Partnerships: CollectionConfig = {
  slug: 'partnerships',
  access: editorial.access,
  forceSelect: editorial.forceSelect,
  endpoints: editorial.endpoints,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'since', 'kind', '_status', 'translationStatus'] },
  defaultPopulate: { title: true, slug: true, germanCity: true, chineseCity: true, since: true, kind: true },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      admin: { readOnly: true, description: 'Set from the two city names.' },
      hooks: { beforeValidate: [setPartnershipTitle] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'germanCity',
          type: 'relationship',
          relationTo: 'cities',
          required: true,
          index: true,
          filterOptions: { country: { equals: 'DE' } },
          validate: cityInCountry('DE'),
        },
        {
          name: 'chineseCity',
          type: 'relationship',
          relationTo: 'cities',
          required: true,
          index: true,
          filterOptions: { country: { equals: 'CN' } },
          validate: cityInCountry('CN'),
        },
      ],
    },
    { name: 'since', type: 'number', required: true, index: true, validate: validateSince },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Official partnership (with certificate)', value: 'official' },
        { label: 'Project partnership', value: 'project' },
      ],
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, index: true },
    { name: 'summary', type: 'richText', localized: true },
    {
      name: 'links',
      type: 'array',
      // Localized as a whole: each language links to pages in that language.
      localized: true,
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true, validate: (value: unknown) => (typeof value === 'string' && /^https?:\/\/\S+$/.test(value)) || 'Enter a full http(s) address.' },
      ],
    },
    { name: 'source', type: 'text', admin: { description: 'Where the facts (pair, year, kind) come from.' } },
    slugField({ collection: 'partnerships', from: partnershipSlug }),
    ...editorial.fields,
  ],
  hooks: editorial.hooks,
  versions: editorial.versions,
}
