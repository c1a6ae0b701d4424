import { clusterCache } from '../cache/cluster'
import { groupOf } from '../storage/tieredCacheDriver'
import { cacheGroups, cachesByCollection } from './cacheNames'

export type PurgeCollection = keyof typeof cachesByCollection

const handlerPrefixes = (name: string) => [`${cacheGroups.handlers}${name}:`, `${cacheGroups.functions}${name}:`]
// Rendered pages are keyed by a hash of their URL, so all of them are purged: a change to one document
// shows on lists, the home page and related documents anyway.
const pagePrefix = cacheGroups.pages

/** Thrown when the purge reached this instance but could not be recorded for the others. */
export class PurgeNotShared extends Error {}

/**
 * Removes the cached BFF responses that show `collection` and every cached page, here and, in a cluster,
 * on every instance (a new generation for each group in Redis); returns the count removed here. Throws
 * PurgeNotShared when Redis is unreachable, so that the CMS tries again (through another instance).
 */
export async function purgeCache(collection: PurgeCollection): Promise<number> {
  const storage = useStorage('cache')
  const prefixes = [...cachesByCollection[collection].flatMap(handlerPrefixes), pagePrefix]
  const keys = (await storage.getKeys()).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)))
  await Promise.all(keys.map((key) => storage.removeItem(key)))
  const cluster = clusterCache()
  if (cluster) {
    const groups = [...new Set(prefixes.map((prefix) => groupOf(prefix)))]
    try {
      await cluster.generations.renew(groups)
    } catch (error) {
      throw new PurgeNotShared(`purged here, but Redis is unreachable (${(error as Error).message})`)
    }
  }
  return keys.length
}
