import { cacheGroups, cachesByCollection } from './cacheNames'

export type PurgeCollection = keyof typeof cachesByCollection

const handlerPrefixes = (name: string) => [`cache:${cacheGroups.handlers}${name}:`, `cache:${cacheGroups.functions}${name}:`]
// Rendered pages are keyed by a hash of their URL, so all of them are purged: a change to one document
// shows on lists, the home page and related documents anyway.
const pagePrefix = `cache:${cacheGroups.pages}`

/** Removes the cached BFF responses that show `collection` and every cached page; returns the count. */
export async function purgeCache(collection: PurgeCollection): Promise<number> {
  const storage = useStorage()
  const prefixes = [...cachesByCollection[collection].flatMap(handlerPrefixes), pagePrefix]
  const keys = (await storage.getKeys('cache:')).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)))
  await Promise.all(keys.map((key) => storage.removeItem(key)))
  return keys.length
}
