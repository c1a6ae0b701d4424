import type { Redis } from 'ioredis'

// One hash tag for every key: a Redis Cluster keeps them in one slot, so the script below may touch them all.
const prefix = '{stadtmacher:cache}'
export const entryPrefix = `${prefix}:entry:`
const indexKey = `${prefix}:index`

/**
 * Writes one entry with its expiry and keeps at most `maxEntries` of them: the oldest writes go first.
 * The index (a sorted set by time of writing) expires too, so nothing the site writes outlives its bound.
 */
const writeScript = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], KEYS[1])
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
if excess > 0 then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, excess - 1)
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
  redis.call('DEL', unpack(oldest))
end
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return excess
`

export type SharedTierOptions = { ttlMs: number; maxEntries: number }

/**
 * The second tier: cache entries in Redis, shared by every site instance, each under the generation of
 * its group (generations.ts), so that a purge makes old entries unreachable without deleting them.
 */
export class SharedTier {
  constructor(
    private readonly redis: Redis,
    private readonly options: SharedTierOptions,
  ) {
    redis.defineCommand('stadtmacherCacheWrite', { numberOfKeys: 2, lua: writeScript })
  }

  private keyOf(generation: string, key: string): string {
    return `${entryPrefix}${generation}:${key}`
  }

  /** The entry's JSON text, or null when it is not there, or Redis does not answer in time. */
  async get(generation: string, key: string): Promise<string | null> {
    try {
      return await this.redis.get(this.keyOf(generation, key))
    } catch {
      return null
    }
  }

  /** Stores the entry; a failure only costs the other instances a render. */
  async set(generation: string, key: string, text: string): Promise<void> {
    const write = (this.redis as unknown as { stadtmacherCacheWrite: (...args: (string | number)[]) => Promise<number> }).stadtmacherCacheWrite
    try {
      await write.call(this.redis, this.keyOf(generation, key), indexKey, text, this.options.ttlMs, Date.now(), this.options.maxEntries)
    } catch {
      // Logged once by the connection (sharedRedis.ts); the first tier still has the entry.
    }
  }
}
