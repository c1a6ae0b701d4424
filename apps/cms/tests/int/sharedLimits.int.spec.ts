// Two CMS instances (two sets of guarded route handlers with limiters of their own) on one Payload and
// one real redis-server: the limits count a client once, whichever instance it reaches.
import { clientAddressHeader } from '@stadtmacher/config/clientAddress'
import { startRedis, type TestRedis } from '@stadtmacher/testing/redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Limits } from '../../src/middleware/rateLimit'
import { closeSharedRedis, sharedRedis } from '../../src/redis/connection'
import { apiClient, type ApiClient } from '../helpers/http'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

describe('rate limits and the login lockout across CMS instances (Redis)', () => {
  let redis: TestRedis
  let cms: TestCms
  let editor: LoggedIn

  beforeAll(async () => {
    redis = await startRedis()
    process.env.REDIS_URL = redis.url
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    // Until the first connection is up, the limiters count in memory (as while Redis is down).
    await redisReady()
  })
  afterAll(async () => {
    await closeSharedRedis()
    delete process.env.REDIS_URL
    await cms?.close()
    await redis?.stop()
  })

  async function redisReady() {
    const client = sharedRedis()
    const deadline = Date.now() + 15_000
    while (client?.status !== 'ready' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(client?.status).toBe('ready')
  }

  /** Two instances with the same limits: each has its own limiters, so only Redis can join their counts. */
  async function twoInstances(limits: Partial<Limits>): Promise<[ApiClient, ApiClient]> {
    const { default: config } = await import('../../src/payload.config')
    return [apiClient(config, limits), apiClient(config, limits)]
  }
  const from = (address: string) => ({ headers: { [clientAddressHeader]: address } })
  const readsFrom = async (instances: ApiClient[], address: string, count: number) => {
    const statuses: number[] = []
    for (let i = 0; i < count; i++) statuses.push((await instances[i % instances.length]!.rest('GET', 'topics?limit=1', from(address))).status)
    return statuses
  }

  it('lets one client through L requests a minute over two instances, not 2 L', async () => {
    const instances = await twoInstances({ anonymous: 6 })
    const statuses = await readsFrom(instances, '198.51.100.7', 12)
    expect(statuses).toEqual([...Array(6).fill(200), ...Array(6).fill(429)])
    // Another client has a budget of its own.
    expect((await readsFrom(instances, '198.51.100.8', 1))[0]).toBe(200)
  })

  it('blocks an account and address on every instance after failed logins spread over both', async () => {
    const [a, b] = await twoInstances({ loginFailures: 3, loginFailuresDaily: 100 })
    const login = (instance: ApiClient, password: string, address: string) =>
      instance.rest('POST', 'users/login', { body: { email: editor.user.email, password }, headers: from(address).headers })
    expect([(await login(a, 'wrong-1', '198.51.100.9')).status, (await login(b, 'wrong-2', '198.51.100.9')).status, (await login(a, 'wrong-3', '198.51.100.9')).status]).toEqual([401, 401, 401])
    // Blocked now, on the instance that saw one failure as on the other, even with the right password.
    expect((await login(b, editor.password, '198.51.100.9')).status).toBe(429)
    expect((await login(a, editor.password, '198.51.100.9')).status).toBe(429)
    // The editor's own address is not blocked.
    expect((await login(b, editor.password, '198.51.100.10')).status).toBe(200)
  })

  it('keeps no counter without an expiry in Redis', async () => {
    const client = sharedRedis()
    if (!client) throw new Error('REDIS_URL is not in effect')
    const keys = await client.keys('stadtmacher:limit:*')
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) expect(await client.pttl(key)).toBeGreaterThan(0)
  })

  it('keeps answering while Redis is down, counting in memory, and shares the counts again once it is back', async () => {
    const instances = await twoInstances({ anonymous: 4 })
    await redis.stop()
    // Each instance counts alone: 4 each, and a 429, never a 5xx.
    const alone = await readsFrom(instances, '198.51.100.11', 10)
    expect(alone).toEqual([...Array(8).fill(200), 429, 429])
    await redis.start()
    await redisReady()
    expect(await readsFrom(instances, '198.51.100.12', 6)).toEqual([...Array(4).fill(200), 429, 429])
  })
})
