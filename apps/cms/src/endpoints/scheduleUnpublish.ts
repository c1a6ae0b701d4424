import { isTranslatedCollection, type TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { Endpoint, PayloadHandler, PayloadRequest, Where } from 'payload'
import type { PayloadJob, User } from '@stadtmacher/types'
import { isEditor } from '../access/isEditor'
import { collectionError, isScheduleUnpublishError, parseScheduleUnpublish } from '../jobs/scheduleUnpublishRequest'
import { unpublishLocaleTaskSlug } from '../jobs/unpublishLocale'

const path = '/scheduled-unpublish'

const failure = (status: number, field: string, message: string) => Response.json({ errors: [{ field, message }] }, { status })

/** A refusal for anyone but CMS editors and admins (partner keys are logged in too), or null. */
function refuseNonEditors(req: PayloadRequest): Response | null {
  if (!req.user) return failure(401, 'authorization', 'Log in as a CMS user to schedule unpublishing.')
  if (req.user.collection !== 'users' || !isEditor(req.user as User)) return failure(403, 'authorization', 'Only CMS editors and admins can schedule unpublishing.')
  return null
}

/** The handler, for CMS editors and admins only. */
const editorsOnly =
  (handler: PayloadHandler): PayloadHandler =>
  (req) =>
    refuseNonEditors(req) ?? handler(req)

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/** Jobs of our task that have not run yet (nor failed, nor been cancelled). */
const pending: Where[] = [{ taskSlug: { equals: unpublishLocaleTaskSlug } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }]

const toScheduled = (job: PayloadJob) => {
  const input = job.input as { doc: { relationTo: TranslatedCollection; value: string }; locale: string }
  return { id: job.id, collection: input.doc.relationTo, docId: input.doc.value, locale: input.locale, waitUntil: job.waitUntil }
}

/** One unpublishing still to come, as the endpoints answer it. */
export type ScheduledUnpublish = ReturnType<typeof toScheduled>

/**
 * POST /api/scheduled-unpublish {collection, id, locale, at}: unpublishes one locale of a partnership,
 * TERRAIN profile or author at `at` (jobs/unpublishLocale.ts). The admin's schedule drawer cannot do it:
 * it sends no locale for "unpublish", and Payload's task would unpublish the default locale. CMS users
 * (editors, admins) only; the job runs with the rights of the account that scheduled it.
 */
const schedule: Endpoint = {
  path,
  method: 'post',
  handler: editorsOnly(async (req) => {
    const parsed = parseScheduleUnpublish(await readJson(req))
    if (isScheduleUnpublishError(parsed)) return failure(400, parsed.field, parsed.message)
    const doc = await req.payload.findByID({ collection: parsed.collection, id: parsed.id, draft: true, depth: 0, overrideAccess: false, req, disableErrors: true })
    if (!doc) return failure(404, 'id', `There is no ${parsed.collection} document with this id.`)
    const job = await req.payload.jobs.queue({
      task: unpublishLocaleTaskSlug,
      input: { doc: { relationTo: parsed.collection, value: parsed.id }, locale: parsed.locale, user: (req.user as User).id },
      waitUntil: parsed.at,
      overrideAccess: false,
      req,
    })
    return Response.json({ job: toScheduled(job as PayloadJob) }, { status: 201 })
  }),
}

/** GET /api/scheduled-unpublish?collection=terrain&id=…: the unpublishing still to come for one document. */
const list: Endpoint = {
  path,
  method: 'get',
  handler: editorsOnly(async (req) => {
    const { collection, id } = Object.fromEntries(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!isTranslatedCollection(collection)) return failure(400, collectionError.field, collectionError.message)
    if (!id || id.length > 100) return failure(400, 'id', 'The id must be the id of a document.')
    const { docs } = await req.payload.find({
      collection: 'payload-jobs',
      where: { and: [...pending, { 'input.doc.relationTo': { equals: collection } }, { 'input.doc.value': { equals: id } }] },
      sort: 'waitUntil',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    return Response.json({ docs: docs.map(toScheduled) })
  }),
}

/** DELETE /api/scheduled-unpublish/:job: cancels an unpublishing that has not run yet. */
const cancel: Endpoint = {
  path: `${path}/:job`,
  method: 'delete',
  handler: editorsOnly(async (req) => {
    const id = String(req.routeParams?.job ?? '')
    const { totalDocs } = await req.payload.count({ collection: 'payload-jobs', where: { and: [...pending, { id: { equals: id } }] }, overrideAccess: true })
    if (!totalDocs) return failure(404, 'job', 'There is no pending scheduled unpublishing with this id.')
    await req.payload.jobs.cancelByID({ id, overrideAccess: false, req })
    return Response.json({ cancelled: id })
  }),
}

export const scheduleUnpublishEndpoints: Endpoint[] = [schedule, list, cancel]
