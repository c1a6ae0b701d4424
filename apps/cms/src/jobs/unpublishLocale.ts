import type { PayloadRequest, TaskConfig } from 'payload'
import { locales } from '@stadtmacher/domain/locales'
import { translatedCollections } from '@stadtmacher/domain/documentTypes'
import type { User } from '@stadtmacher/types'

export const unpublishLocaleTaskSlug = 'unpublishLocale'

/** The account that scheduled the job, so that it runs with that account's rights (as Payload's own schedulePublish does). */
async function scheduledBy(req: PayloadRequest, id: string | User | null | undefined): Promise<(User & { collection: 'users' }) | null> {
  if (!id) return null
  const user = await req.payload.findByID({ collection: 'users', id: typeof id === 'string' ? id : id.id, depth: 0 })
  return { ...user, collection: 'users' }
}

/**
 * Unpublishes one locale of a partnership, TERRAIN profile or author at the scheduled time; the other
 * locales stay published and unchanged. Payload's schedulePublish task cannot do this in 3.90: for
 * `unpublish` it ignores the locale and unpublishes the default locale. Queued by the editors' endpoint
 * POST /api/scheduled-unpublish (endpoints/scheduleUnpublish.ts).
 */
export const unpublishLocaleTask: TaskConfig<'unpublishLocale'> = {
  slug: unpublishLocaleTaskSlug,
  label: 'Unpublish one locale',
  inputSchema: [
    { name: 'doc', type: 'relationship', relationTo: [...translatedCollections], required: true },
    { name: 'locale', type: 'select', options: [...locales], required: true },
    { name: 'user', type: 'relationship', relationTo: 'users' },
  ],
  handler: async ({ input, req }) => {
    const user = await scheduledBy(req, input.user)
    const id = typeof input.doc.value === 'string' ? input.doc.value : input.doc.value.id
    // Saving `_status: draft` in one locale is how a locale is unpublished with localizeStatus: the
    // document's other locales keep their status and content (tests/int/unpublishLocale.int.spec.ts).
    await req.payload.update({
      collection: input.doc.relationTo,
      id,
      locale: input.locale,
      data: { _status: 'draft' },
      depth: 0,
      overrideAccess: user === null,
      user,
    })
    return { output: {} }
  },
}
