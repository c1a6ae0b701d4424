import { responseCacheDriver } from '../storage/responseCacheDriver'

/**
 * Cached pages and BFF answers live in memory. Nitro's default store keeps every entry it was ever given,
 * so each distinct address a crawler asks for grew the heap, and the garbage collector's work with it
 * (issue 7: +130 kB per TERRAIN page). The least recently used entries now go past 128 MB; about 400
 * documents in three locales, pages and data, take roughly 100 MB. Mounted here rather than in
 * nuxt.config.ts because the driver is the site's own (server/storage/responseCacheDriver.ts).
 */
export default defineNitroPlugin(() => {
  const storage = useStorage()
  storage.unmount('cache', false)
  storage.mount('cache', responseCacheDriver({ maxSize: 128 * 1024 * 1024 }))
})
