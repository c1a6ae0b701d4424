import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { sharedRedis } from '../redis/connection'

type Options = { keyPrefix: string; points: number; duration: number }

/**
 * A limiter that counts in Redis when the CMS runs as a cluster (REDIS_URL), so that all instances count a
 * client together: with a limit of L, L requests get through, however many instances the balancer spreads
 * them over. Alone, it counts in memory. While Redis is unreachable each instance counts in its own memory
 * (the insurance limiter): the limits stay on, but N instances then let up to N × L through until Redis is
 * back. Every key expires with its window, so Redis holds at most one key per active client and limit.
 */
export function sharedLimiter(options: Options): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options)
  const redis = sharedRedis()
  if (!redis) return memory
  return new RateLimiterRedis({ ...options, keyPrefix: `stadtmacher:limit:${options.keyPrefix}`, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
}
