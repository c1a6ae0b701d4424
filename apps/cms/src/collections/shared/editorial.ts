import type { CollectionConfig, Field } from 'payload'
import { editors } from '../../access/isEditor'
import { bySlugEndpoint } from '../../endpoints/bySlug'
import { publishedOrLoggedIn } from '../../access/publishedOrLoggedIn'
import { previousSlugsField } from '../../fields/previousSlugs'
import { translationFields } from '../../fields/translationFields'
import { keepPreviousSlug } from '../../hooks/keepPreviousSlug'
import { purgeWebCacheAfterChange, purgeWebCacheAfterDelete } from '../../hooks/purgeWebCache'
import { recordLocaleEdit } from '../../hooks/recordLocaleEdit'
import { requireTranslatedFields } from '../../hooks/requireTranslatedFields'
import { indexAfterChange, removeAfterDelete } from '../../hooks/updateSearchIndex'
import { readersReadPublished } from '../../publishing/readersReadPublished'
import { withoutUnpublishedLocales } from '../../publishing/withoutUnpublishedLocales'

/**
 * What the hand-written, translated collections (partnerships, TERRAIN, authors) share: editors write,
 * readers see what is published in their locale, each locale is published on its own, translation
 * status and old slugs are kept, and every change reaches the search index and the site's cache.
 */
export const editorial = {
  // Versions hold drafts; Payload's default lets any signed-in client read them, partner keys included.
  access: { create: editors, delete: editors, read: publishedOrLoggedIn, readVersions: editors, update: editors },
  fields: [
    previousSlugsField,
    ...translationFields,
    // Payload's schedule drawer cannot unpublish a chosen locale (3.90): our own form in the sidebar.
    {
      name: 'scheduledUnpublish',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/ScheduledUnpublishField#ScheduledUnpublishField' } },
    },
  ] satisfies Field[],
  // Which locales are published decides what a reader may see of every read, whatever it selects.
  forceSelect: { _status: true },
  hooks: {
    // Readers get exactly what is published, per locale, on every path (docs/publishing.md).
    beforeOperation: [readersReadPublished],
    beforeRead: [withoutUnpublishedLocales],
    beforeChange: [requireTranslatedFields, recordLocaleEdit, keepPreviousSlug],
    afterChange: [indexAfterChange, purgeWebCacheAfterChange],
    afterDelete: [removeAfterDelete, purgeWebCacheAfterDelete],
  },
  // A document by its slug, with the locales it exists in: what every page of the site asks for.
  endpoints: [bySlugEndpoint],
  // German can be live while Chinese is still a draft; publication can be scheduled per locale.
  versions: { drafts: { localizeStatus: true, schedulePublish: true }, maxPerDoc: 50 },
} satisfies Pick<CollectionConfig, 'access' | 'endpoints' | 'forceSelect' | 'hooks' | 'versions'> & { fields: Field[] }
