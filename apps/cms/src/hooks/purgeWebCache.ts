import { createHmac } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { Author, Partnership, Terrain } from '@stadtmacher/types'

type SiteDoc = Partnership | Terrain | Author
type Operation = 'change' | 'delete'

/** Seconds the site gets to answer; a slow or absent site never holds up a save. */
const timeoutMs = 3000

/**
 * Tells the reader site (WEB_URL) to drop its cached pages for a collection, signed with REVALIDATE_SECRET
 * as HMAC-SHA256 over `timestamp.body` (verified in apps/web/server/api/revalidate.post.ts).
 */
async function notifySite(req: PayloadRequest, collection: string, operation: Operation, id: string): Promise<void> {
  const webUrl = process.env.WEB_URL
  const secret = process.env.REVALIDATE_SECRET
  if (req.context.disableRevalidate || !webUrl || !secret) return
  const body = JSON.stringify({ collection, operation, id })
  const timestamp = String(Date.now())
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  try {
    const response = await fetch(new URL('/api/revalidate', webUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-stadtmacher-timestamp': timestamp, 'x-stadtmacher-signature': signature },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) req.payload.logger.warn(`purgeWebCache: the site answered ${response.status} for ${collection} ${id}`)
  } catch (error) {
    // The site being down must not fail the save; its cache expires on its own.
    req.payload.logger.warn(`purgeWebCache: the site is unreachable (${(error as Error).message})`)
  }
}

/** Purges the site's cache when a published document changes, is unpublished or is published. */
export const purgeWebCacheAfterChange: CollectionAfterChangeHook<SiteDoc> = async ({ collection, doc, previousDoc, req }) => {
  // Draft saves of a never-published document change nothing readers can see.
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await notifySite(req, collection.slug, 'change', String(doc.id))
  }
  return doc
}

export const purgeWebCacheAfterDelete: CollectionAfterDeleteHook<SiteDoc> = async ({ collection, id, req }) => {
  await notifySite(req, collection.slug, 'delete', String(id))
}
