import { Generations } from './generations'
import { connectRedis } from './sharedRedis'
import { SharedTier } from './sharedTier'

export type ClusterCache = { generations: Generations; shared: SharedTier; staleWindowMs: number }

let cluster: ClusterCache | null | undefined

const numberFrom = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * The cache state this instance shares with the others (REDIS_URL), or null for a site that runs alone.
 * Settings (docs/scaling.md): CACHE_SHARED_TTL_SECONDS (a day), CACHE_SHARED_MAX_ENTRIES (2,000 pages
 * and data answers, about 100 MB), CACHE_STALE_WINDOW_SECONDS (10).
 */
export function clusterCache(env = process.env): ClusterCache | null {
  if (cluster !== undefined) return cluster
  if (!env.REDIS_URL) return (cluster = null)
  const { commands, subscriber } = connectRedis(env.REDIS_URL)
  const staleWindowMs = numberFrom(env.CACHE_STALE_WINDOW_SECONDS, 10) * 1000
  cluster = {
    // Re-read a few times within the stale window, so a healthy instance never reaches its end.
    generations: new Generations(commands, subscriber, { resyncMs: Math.max(500, Math.floor(staleWindowMs / 4)) }),
    shared: new SharedTier(commands, { ttlMs: numberFrom(env.CACHE_SHARED_TTL_SECONDS, 86_400) * 1000, maxEntries: numberFrom(env.CACHE_SHARED_MAX_ENTRIES, 2_000) }),
    staleWindowMs,
  }
  return cluster
}
