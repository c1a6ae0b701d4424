import { LRUCache } from 'lru-cache'
import type { Driver } from 'unstorage'
import { cacheGroups } from '../utils/cacheNames'

/** Nitro's groups whose entries are responses ({ code, headers, body }): rendered pages and data routes. */
const responseGroups = [cacheGroups.pages, cacheGroups.handlers]
export const isResponseKey = (key: string) => responseGroups.some((group) => key.startsWith(group))

type Stored = { text: string } | { entry: object }

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/**
 * The site's cache in memory, bounded by size: the least recently used entries go first. Like unstorage's
 * lru-cache driver, with one difference. unstorage hands every driver a JSON string and parses what the
 * driver returns, on each read; for a page served from the cache that parse (destr's checks and
 * JSON.parse of the whole HTML) was a third of the request's CPU (issue 7). Cached responses are therefore
 * parsed once, when written, and each read gets its own copy of the entry's top level, which is all that
 * Nitro's cache writes to (expires, mtime, value). Everything below is frozen and shared, so a write to it
 * fails loudly instead of changing what other requests see. Other entries (cached functions, whose values
 * callers may change) stay JSON text and are parsed per read, as before.
 */
export function responseCacheDriver({ maxSize }: { maxSize: number }): Driver {
  const cache = new LRUCache<string, Stored>({ maxSize })
  // An entry's size is its JSON in UTF-8, given on each write: the stored form no longer has that length.
  const sizeOf = (key: string, text: string) => key.length + Buffer.byteLength(text)
  return {
    name: 'stadtmacher-response-cache',
    options: { maxSize },
    getInstance: () => cache,
    hasItem: (key) => cache.has(key),
    getItem(key) {
      const stored = cache.get(key)
      if (!stored) return null
      return 'entry' in stored ? { ...stored.entry } : stored.text
    },
    setItem(key, value) {
      const text = String(value)
      const stored: Stored = isResponseKey(key) ? { entry: deepFreeze(JSON.parse(text) as object) } : { text }
      cache.set(key, stored, { size: sizeOf(key, text) })
    },
    removeItem: (key) => void cache.delete(key),
    getKeys: () => [...cache.keys()],
    clear: () => cache.clear(),
    dispose: () => cache.clear(),
  }
}
