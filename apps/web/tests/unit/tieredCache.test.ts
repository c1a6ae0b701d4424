// Two site instances' caches (each with its own first tier, generations and connections) on one real
// redis-server: what one renders the other serves, a purge on one reaches both, and nothing stale
// survives a purge that raced a render or an outage.
import type { Driver } from 'unstorage'
import { Redis } from 'ioredis'
import { startRedis, type TestRedis } from '@stadtmacher/testing/redis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Generations } from '../../server/cache/generations'
import { connectRedis } from '../../server/cache/sharedRedis'
import { entryPrefix, SharedTier } from '../../server/cache/sharedTier'
import { tieredCacheDriver } from '../../server/storage/tieredCacheDriver'

type Instance = { driver: Driver; generations: Generations }

const page = 'nitro:routes:_:abc123.json'
const handler = 'nitro:handlers:terrain:de__hafen.json'
const entry = (body: string) => JSON.stringify({ value: { code: 200, headers: {}, body }, mtime: Date.now(), expires: Date.now() + 60_000, integrity: 'x' })
const bodyOf = (value: unknown) => (value as { value?: { body?: string } } | null)?.value?.body

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('condition not met in time')
}

describe('the two-tier page cache over Redis', () => {
  let redis: TestRedis
  let admin: Redis
  const instances: Instance[] = []

  async function instance({ staleWindowMs = 2_000, maxEntries = 1_000 } = {}): Promise<Instance> {
    const { commands, subscriber } = connectRedis(redis.url)
    const generations = new Generations(commands, subscriber, { resyncMs: 200 })
    await until(() => commands.status === 'ready' && subscriber.status === 'ready')
    await generations.sync()
    const driver = tieredCacheDriver({ maxSize: 10_000_000, generations, shared: new SharedTier(commands, { ttlMs: 60_000, maxEntries }), staleWindowMs })
    const created = { driver, generations }
    instances.push(created)
    return created
  }
  /** A miss and the render's write, as Nitro does it. */
  async function render(at: Instance, key: string, body: string) {
    expect(await at.driver.getItem(key)).toBeNull()
    await at.driver.setItem!(key, entry(body), {})
    // The shared write is not awaited by the driver: wait until it is in Redis.
    await until(async () => (await admin.keys(`${entryPrefix}*${key}`)).length > 0)
  }

  beforeAll(async () => {
    redis = await startRedis()
    admin = new Redis(redis.url)
    // Stopped on purpose in one test; the test's own checks say what matters.
    admin.on('error', () => undefined)
  })
  afterEach(async () => {
    for (const { driver } of instances.splice(0)) await driver.dispose?.()
    await admin.flushall()
  })
  afterAll(async () => {
    admin?.disconnect()
    await redis?.stop()
  })

  it('serves on one instance what the other rendered, from the shared tier and then from memory', async () => {
    const [a, b] = [await instance(), await instance()]
    await render(a, page, 'Hafen')
    expect(bodyOf(await b.driver.getItem(page))).toBe('Hafen')
    await admin.flushall()
    // Now in b's first tier: served without Redis having it.
    expect(bodyOf(await b.driver.getItem(page))).toBe('Hafen')
  })

  it('purges a group on every instance when one renews it, and leaves the other groups', async () => {
    const [a, b] = [await instance(), await instance()]
    await render(a, page, 'Alt')
    await render(a, handler, 'Daten')
    expect(bodyOf(await b.driver.getItem(page))).toBe('Alt')
    const started = Date.now()
    await a.generations.renew(['nitro:routes'])
    await until(async () => (await b.driver.getItem(page)) === null, 1_000)
    console.info(`[tiered cache] purge on one instance seen by the other after ${Date.now() - started} ms`)
    expect(await a.driver.getItem(page)).toBeNull()
    expect(bodyOf(await b.driver.getItem(handler))).toBe('Daten')
  })

  it('does not keep a render that a purge overtook: its content may be from before the purge', async () => {
    const [a, b] = [await instance(), await instance()]
    expect(await b.driver.getItem(page)).toBeNull()
    await a.generations.renew(['nitro:routes'])
    await until(() => b.generations.of('nitro:routes') === a.generations.of('nitro:routes'))
    await b.driver.setItem!(page, entry('Vor dem Purge'), {})
    expect(await b.driver.getItem(page)).toBeNull()
    expect(await a.driver.getItem(page)).toBeNull()
  })

  it('renews every generation after an outage, when purges may have been lost, and keeps answering meanwhile', async () => {
    const [a, b] = [await instance({ staleWindowMs: 1_000 }), await instance({ staleWindowMs: 1_000 })]
    await render(a, page, 'Vorher')
    expect(bodyOf(await b.driver.getItem(page))).toBe('Vorher')
    const before = b.generations.of('nitro:routes')
    // Every client loses its connection; Redis keeps its data, as after a network cut.
    await admin.client('KILL', 'TYPE', 'normal')
    await admin.client('KILL', 'TYPE', 'pubsub')
    await until(() => b.generations.of('nitro:routes') !== before && b.generations.of('nitro:routes') !== '')
    expect(await b.driver.getItem(page)).toBeNull()
    expect(await a.driver.getItem(page)).toBeNull()
  })

  it('serves its memory for the stale window at most while Redis is down, then the renderer; never an error', async () => {
    const b = await instance({ staleWindowMs: 1_000 })
    await render(b, page, 'Zwischenspeicher')
    await redis.stop()
    expect(bodyOf(await b.driver.getItem(page))).toBe('Zwischenspeicher')
    await until(async () => (await b.driver.getItem(page)) === null, 3_000)
    // A render while Redis is down is kept in memory for the window, and the write does not throw.
    await b.driver.setItem!(page, entry('Ohne Redis'), {})
    expect(bodyOf(await b.driver.getItem(page))).toBe('Ohne Redis')
    await redis.start()
  })

  it('keeps the number of keys in Redis bounded under a crawl of many distinct addresses, each with an expiry', async () => {
    const a = await instance({ maxEntries: 25 })
    for (let i = 0; i < 300; i++) {
      const key = `nitro:routes:_:crawl${i}.json`
      await a.driver.getItem(key)
      await a.driver.setItem!(key, entry(`Seite ${i}`), {})
    }
    await until(async () => (await admin.zcard('{stadtmacher:cache}:index')) > 0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const keys = await admin.keys('*')
    // The entries, their index and the generations.
    expect(keys.length).toBeLessThanOrEqual(25 + 2)
    for (const key of keys.filter((name) => name !== 'stadtmacher:cache:generations')) expect(await admin.pttl(key)).toBeGreaterThan(0)
    expect(await admin.hlen('stadtmacher:cache:generations')).toBeLessThan(10)
  })
})
