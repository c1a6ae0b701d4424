import type { Endpoint, PayloadRequest } from 'payload'
import type { User } from '@stadtmacher/types'
import { isEditor } from '../access/isEditor'
import { isScheduleUnpublishError, parseScheduleUnpublish } from '../jobs/scheduleUnpublishRequest'
import { unpublishLocaleTaskSlug } from '../jobs/unpublishLocale'

const failure = (status: number, field: string, message: string) => Response.json({ errors: [{ field, message }] }, { status })

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/**
 * POST /api/scheduled-unpublish {collection, id, locale, at}: unpublishes one locale of a partnership,
 * TERRAIN profile or author at `at` (jobs/unpublishLocale.ts). The admin's schedule drawer cannot do it:
 * it sends no locale for "unpublish", and Payload's task would unpublish the default locale. CMS users
 * (editors, admins) only; the job runs with the rights of the account that scheduled it.
 */
export const scheduleUnpublishEndpoint: Endpoint = {
  path: '/scheduled-unpublish',
  method: 'post',
  handler: async (req) => {
    const user = req.user?.collection === 'users' ? (req.user as User) : null
    if (!req.user) return failure(401, 'authorization', 'Log in as a CMS user to schedule unpublishing.')
    if (!user || !isEditor(user)) return failure(403, 'authorization', 'Only CMS editors and admins can schedule unpublishing.')
    const parsed = parseScheduleUnpublish(await readJson(req))
    if (isScheduleUnpublishError(parsed)) return failure(400, parsed.field, parsed.message)
    const doc = await req.payload.findByID({ collection: parsed.collection, id: parsed.id, draft: true, depth: 0, overrideAccess: false, req, disableErrors: true })
    if (!doc) return failure(404, 'id', `There is no ${parsed.collection} document with this id.`)
    const job = await req.payload.jobs.queue({
      task: unpublishLocaleTaskSlug,
      input: { doc: { relationTo: parsed.collection, value: parsed.id }, locale: parsed.locale, user: user.id },
      waitUntil: parsed.at,
      overrideAccess: false,
      req,
    })
    return Response.json(
      { job: { id: job.id, collection: parsed.collection, docId: parsed.id, locale: parsed.locale, waitUntil: parsed.at.toISOString() } },
      { status: 201 },
    )
  },
}
