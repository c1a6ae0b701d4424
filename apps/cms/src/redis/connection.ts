import { Redis } from 'ioredis'

let shared: Redis | null | undefined

/**
 * The CMS's one connection to the shared state of a cluster (REDIS_URL), or null for a single instance
 * without Redis. Commands fail at once while Redis is unreachable instead of queueing (no offline queue,
 * one retry), so that every caller falls back to what it does alone: the rate limits count in memory, for
 * example. The client reconnects by itself; the outage and the recovery are logged once each.
 */
export function sharedRedis(): Redis | null {
  if (shared !== undefined) return shared
  const url = process.env.REDIS_URL
  if (!url) return (shared = null)
  const client = new Redis(url, {
    connectionName: 'stadtmacher-cms',
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  })
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    console.error(`[redis] ${error.message}: working without the shared state until it is back`)
  })
  client.on('ready', () => {
    if (!down) return
    down = false
    console.info('[redis] connected again')
  })
  shared = client
  return client
}

/** Closes the shared connection (tests, shutdown); the next sharedRedis() opens a new one. */
export async function closeSharedRedis(): Promise<void> {
  const client = shared
  shared = undefined
  if (client) await client.quit().catch(() => client.disconnect())
}
