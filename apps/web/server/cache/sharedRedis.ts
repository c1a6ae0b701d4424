import { Redis } from 'ioredis'

/** Logs a Redis outage once and its end once, whichever connection notices first. */
function watch(client: Redis, role: string, state: { down: boolean }) {
  client.on('error', (error: Error) => {
    if (state.down) return
    state.down = true
    console.error(`[cache] Redis (${role}) is unreachable: ${error.message}. Serving from this instance's memory and the CMS until it is back.`)
  })
  client.on('ready', () => {
    if (!state.down) return
    state.down = false
    console.info(`[cache] Redis (${role}) is back.`)
  })
}

/**
 * The site's connections to Redis (REDIS_URL): one for commands, one for the purge channel (a subscribed
 * connection can do nothing else). Commands fail at once while Redis is unreachable (no offline queue, a
 * short timeout), so a reader never waits for it: the page comes from memory or the CMS instead. Both
 * reconnect by themselves.
 */
export function connectRedis(url: string): { commands: Redis; subscriber: Redis } {
  const options = {
    connectTimeout: 2_000,
    commandTimeout: 500,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 5_000),
  }
  const commands = new Redis(url, { ...options, connectionName: 'stadtmacher-site' })
  // The subscriber queues its SUBSCRIBE until it is connected, and ioredis subscribes again on reconnect.
  const subscriber = new Redis(url, { ...options, enableOfflineQueue: true, commandTimeout: undefined, connectionName: 'stadtmacher-site-purges' })
  watch(commands, 'commands', { down: false })
  watch(subscriber, 'purges', { down: false })
  return { commands, subscriber }
}
