import { translatedCollections } from '@stadtmacher/domain/documentTypes'
import { z } from 'zod'

const purgeBody = z.object({
  collection: z.enum(translatedCollections),
  operation: z.enum(['change', 'delete']),
  id: z.string().max(100).optional(),
})

// The CMS calls this on publish, change and delete (apps/cms/src/hooks/purgeWebCache.ts), through the
// load balancer in a cluster: one instance records the purge for all.
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig(event)
  if (!revalidateSecret) throw createError({ statusCode: 503, statusMessage: 'Revalidation is not configured' })
  const body = (await readRawBody(event, 'utf8')) ?? ''
  const valid = verifySignature({
    secret: revalidateSecret,
    timestamp: getHeader(event, 'x-stadtmacher-timestamp'),
    signature: getHeader(event, 'x-stadtmacher-signature'),
    body,
  })
  if (!valid) throw createError({ statusCode: 401, statusMessage: 'Invalid signature' })
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Invalid JSON' })
  }
  const parsed = purgeBody.safeParse(json)
  if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Invalid purge request' })
  try {
    const purged = await purgeCache(parsed.data.collection)
    console.info(`[revalidate] ${parsed.data.operation} in ${parsed.data.collection}: ${purged} cache entries purged`)
    return { purged }
  } catch (error) {
    if (!(error instanceof PurgeNotShared)) throw error
    // The CMS tries again; the other instances serve their memory for the stale window at most meanwhile.
    console.error(`[revalidate] ${parsed.data.operation} in ${parsed.data.collection}: ${error.message}`)
    throw createError({ statusCode: 503, statusMessage: 'Purge not shared with the other instances' })
  }
})
