import type { CollectionConfig } from 'payload'
import { editors } from '../access/isEditor'
import { publishedOrLoggedIn } from '../access/publishedOrLoggedIn'
import { slugField } from '../fields/slug'
import { indexAfterChange, removeAfterDelete } from '../hooks/updateSearchIndex'
import { purgeWebCacheAfterChange, purgeWebCacheAfterDelete } from '../hooks/purgeWebCache'
import { recordLocaleEdit } from '../hooks/recordLocaleEdit'
import { translationFields } from '../fields/translationFields'
import { keepPreviousSlug } from '../hooks/keepPreviousSlug'
import { previousSlugsField } from '../fields/previousSlugs'
import { requireTranslatedFields } from '../hooks/requireTranslatedFields'

/** TERRAIN: short profiles of cooperation projects, essays, event reports and academies. */
export const Terrain: CollectionConfig = {
  slug: 'terrain',
  // Versions hold drafts; Payload's default lets any signed-in client read them, partner keys included.
  access: { create: editors, delete: editors, read: publishedOrLoggedIn, readVersions: editors, update: editors },
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
