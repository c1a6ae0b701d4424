import { clusterCache } from '../cache/cluster'
import { responseCacheDriver } from '../storage/responseCacheDriver'
import { tieredCacheDriver } from '../storage/tieredCacheDriver'

/** The first tier's bound: about 400 documents in three locales, pages and data, take roughly 100 MB. */
const maxSize = 128 * 1024 * 1024

/**
 * Cached pages and BFF answers live in memory, bounded by size. Nitro's default store keeps every entry it
 * was ever given, so each distinct address a crawler asks for grew the heap, and the garbage collector's
 * work with it (+130 kB per TERRAIN page in the page-weight measurements); the least recently used entries
 * now go past 128 MB. With REDIS_URL, Redis is a second tier shared by every instance, and purges reach
 * them all (storage/tieredCacheDriver.ts). Mounted here rather than in nuxt.config.ts because the drivers
 * are the site's own.
 */
export default defineNitroPlugin(() => {
  const storage = useStorage()
  const cluster = clusterCache()
  storage.unmount('cache', false)
  storage.mount('cache', cluster ? tieredCacheDriver({ maxSize, ...cluster }) : responseCacheDriver({ maxSize }))
})
