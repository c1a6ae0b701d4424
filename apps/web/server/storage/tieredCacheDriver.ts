import { LRUCache } from 'lru-cache'
import type { Driver } from 'unstorage'
import type { Generations } from '../cache/generations'
import type { SharedTier } from '../cache/sharedTier'
import { cacheGroups } from '../utils/cacheNames'
import { deepFreeze, isResponseKey } from './responseCacheDriver'

type Local = { generation: string; writtenAt: number; text: string; entry?: object }

/**
 * The group a Nitro cache key belongs to, which a purge renews as one: every rendered page together
 * (`nitro:routes`), each cached handler and function by its name (`nitro:handlers:terrain`).
 */
export function groupOf(key: string): string {
  if (key.startsWith(cacheGroups.pages)) return cacheGroups.pages.slice(0, -1)
  const end = key.indexOf(':', key.indexOf(':', key.indexOf(':') + 1) + 1)
  return end === -1 ? key : key.slice(0, end)
}

export type TieredOptions = {
  maxSize: number
  generations: Generations
  shared: SharedTier
  /** How long this instance trusts its own memory without having heard from Redis. */
  staleWindowMs: number
}

/**
 * The site's cache for a cluster: the first tier in this process's memory, parsed once as in
 * responseCacheDriver.ts, and the second in Redis (sharedTier.ts), shared by every instance. An entry
 * counts only under its group's current generation, which a purge on any instance renews for all
 * (generations.ts). Cut off from Redis, an instance keeps answering from its first tier, but only with
 * entries younger than `staleWindowMs`, so a purge it could not hear of shows after that window at most.
 */
export function tieredCacheDriver({ maxSize, generations, shared, staleWindowMs }: TieredOptions): Driver {
  const local = new LRUCache<string, Local>({ maxSize })
  // The generation each key was read under: a render that began before a purge is written under the old
  // generation, where no one reads it, instead of under the new one with the old content.
  const readUnder = new LRUCache<string, string>({ max: 10_000 })
  const sizeOf = (key: string, text: string) => key.length + Buffer.byteLength(text)
  const inContact = () => Date.now() - generations.confirmedAt <= staleWindowMs
  const answer = (stored: Local) => (stored.entry ? { ...stored.entry } : stored.text)
  const remember = (key: string, generation: string, text: string) => {
    const stored: Local = { generation, writtenAt: Date.now(), text: '', entry: undefined }
    if (isResponseKey(key)) stored.entry = deepFreeze(JSON.parse(text) as object)
    else stored.text = text
    local.set(key, stored, { size: sizeOf(key, text) })
    return stored
  }

  generations.onChange = (groups) => {
    // Entries of renewed groups can never be served again: free their memory now.
    const renewed = new Set(groups)
    for (const key of [...local.keys()]) if (renewed.has(groupOf(key))) local.delete(key)
  }

  async function fromShared(key: string, group: string): Promise<string | object | null> {
    await generations.ensure([group]).catch(() => undefined)
    const generation = generations.of(group)
    readUnder.set(key, generation)
    if (!generation) return null
    const text = await shared.get(generation, key)
    if (text === null || generations.of(group) !== generation) return null
    return answer(remember(key, generation, text))
  }

  return {
    name: 'stadtmacher-tiered-cache',
    options: { maxSize },
    hasItem: (key) => local.has(key),
    getItem(key) {
      const group = groupOf(key)
      const generation = generations.of(group)
      const stored = local.get(key)
      const contact = inContact()
      if (stored && stored.generation === generation && (contact || Date.now() - stored.writtenAt <= staleWindowMs)) {
        readUnder.set(key, generation)
        return answer(stored)
      }
      if (!contact) {
        readUnder.set(key, generation)
        return null
      }
      return fromShared(key, group)
    },
    setItem(key, value) {
      const group = groupOf(key)
      const generation = readUnder.get(key) ?? generations.of(group)
      readUnder.delete(key)
      // Purged while it was rendered: the content may be from before the purge.
      if (generation !== generations.of(group)) return
      const text = String(value)
      remember(key, generation, text)
      if (generation && inContact()) void shared.set(generation, key, text)
    },
    removeItem: (key) => void local.delete(key),
    getKeys: () => [...local.keys()],
    clear: () => local.clear(),
    dispose: () => {
      local.clear()
      generations.close()
    },
  }
}
