import { createHmac } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { Author, Partnership, Terrain } from '@stadtmacher/types'
import { afterTransaction } from './afterTransaction'

type SiteDoc = Partnership | Terrain | Author
type Operation = 'change' | 'delete'

/** Seconds the site gets to answer; a slow or absent site never holds up a save. */
const timeoutMs = 3000

/** Delays of the purges sent again after a failure: about ten minutes in all. */
const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 120_000, 180_000, 200_000]

/**
 * Tells the reader site (WEB_PURGE_URL, else WEB_URL; the load balancer in a cluster) to drop its cached pages for a
 * collection, signed with REVALIDATE_SECRET as HMAC-SHA256 over `timestamp.body` (verified in
 * apps/web/server/api/revalidate.post.ts). True when the site confirmed it.
 */
async function notifySite(req: PayloadRequest, collection: string, operation: Operation, id: string): Promise<boolean> {
  const webUrl = process.env.WEB_PURGE_URL || process.env.WEB_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!webUrl || !secret) return true
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
    if (response.ok) return true
    req.payload.logger.warn(`purgeWebCache: the site answered ${response.status} for ${collection} ${id}`)
  } catch (error) {
    // The site being down must not fail the save.
    req.payload.logger.warn(`purgeWebCache: the site is unreachable (${(error as Error).message})`)
  }
  return false
}

/** Sends the purge again until the site confirms it, in the background. */
async function notifyUntilConfirmed(req: PayloadRequest, collection: string, operation: Operation, id: string): Promise<void> {
  if (await notifySite(req, collection, operation, id)) return
  for (const delay of retryDelaysMs) {
    await new Promise((resolve) => setTimeout(resolve, delay).unref())
    if (await notifySite(req, collection, operation, id)) return
  }
  req.payload.logger.error(`purgeWebCache: gave up on ${operation} of ${collection} ${id}; the site's cache expires on its own`)
}

/**
 * Two purges per change. The first is part of the save, so that an editor's answer means the site has
 * heard of it. It runs before Payload commits, though, and a page rendered between it and the commit
 * reads the old content and caches it; so a second purge follows once the transaction has ended, and
 * is sent again until the site confirms it.
 */
async function purge(req: PayloadRequest, collection: string, operation: Operation, id: string): Promise<void> {
  if (req.context.disableRevalidate) return
  await notifySite(req, collection, operation, id)
  afterTransaction(req, () => notifyUntilConfirmed(req, collection, operation, id))
}

/** Purges the site's cache when a published document changes, is unpublished or is published. */
export const purgeWebCacheAfterChange: CollectionAfterChangeHook<SiteDoc> = async ({ collection, doc, previousDoc, req }) => {
  // Draft saves of a never-published document change nothing readers can see.
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await purge(req, collection.slug, 'change', String(doc.id))
  }
  return doc
}

export const purgeWebCacheAfterDelete: CollectionAfterDeleteHook<SiteDoc> = async ({ collection, id, req }) => {
  await purge(req, collection.slug, 'delete', String(id))
}
