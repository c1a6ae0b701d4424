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

export const Authors: CollectionConfig = {
  slug: 'authors',
  // Versions hold drafts; Payload's default lets any signed-in client read them, partner keys included.
  access: { create: editors, delete: editors, read: publishedOrLoggedIn, readVersions: editors, update: editors },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'slug', '_status', 'translationStatus'] },
  defaultPopulate: { name: true, slug: true, role: true, portrait: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'role', type: 'text', localized: true, admin: { description: 'One line, e.g. "Journalist, Beijing and Berlin"' } },
    { name: 'biography', type: 'richText', localized: true },
    { name: 'portrait', type: 'upload', relationTo: 'media' },
    slugField({ collection: 'authors', localized: false, from: ({ data }) => String(data.name ?? '') }),
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
