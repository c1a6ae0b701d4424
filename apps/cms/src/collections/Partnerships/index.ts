import type { CollectionConfig } from 'payload'
import { editors } from '../../access/isEditor'
import { publishedOrLoggedIn } from '../../access/publishedOrLoggedIn'
import { slugField } from '../../fields/slug'
import { setPartnershipTitle } from './hooks/setPartnershipTitle'
import { partnershipSlug } from './partnershipSlug'
import { cityInCountry, validateSince } from './validate'
import { indexAfterChange, removeAfterDelete } from '../../hooks/updateSearchIndex'
import { purgeWebCacheAfterChange, purgeWebCacheAfterDelete } from '../../hooks/purgeWebCache'
import { recordLocaleEdit } from '../../hooks/recordLocaleEdit'
import { translationFields } from '../../fields/translationFields'
import { keepPreviousSlug } from '../../hooks/keepPreviousSlug'
import { previousSlugsField } from '../../fields/previousSlugs'
import { requireTranslatedFields } from '../../hooks/requireTranslatedFields'

export const Partnerships: CollectionConfig = {
  slug: 'partnerships',
  // Versions hold drafts; Payload's default lets any signed-in client read them, partner keys included.
  access: { create: editors, delete: editors, read: publishedOrLoggedIn, readVersions: editors, update: editors },
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
    previousSlugsField,
    ...translationFields,
  ],
  hooks: {
    beforeChange: [requireTranslatedFields, recordLocaleEdit, keepPreviousSlug],
    afterChange: [indexAfterChange, purgeWebCacheAfterChange],
    afterDelete: [removeAfterDelete, purgeWebCacheAfterDelete],
  },
  // Each locale is published on its own: German can be live while Chinese is still a draft.
  versions: { drafts: { localizeStatus: true, schedulePublish: true }, maxPerDoc: 50 },
}
