import { createStorage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import { responseCacheDriver } from '../../server/storage/responseCacheDriver'

// The keys as Nitro's cache writes them under the `cache` mount: <group>:<name>:<key>.json.
const pageKey = 'nitro:routes:_:departnerschaft.abc123.json'
const dataKey = 'nitro:handlers:terrain:de-slug.json'
const functionKey = 'nitro:functions:partnership-list:de.json'
const page = { value: { code: 200, headers: { etag: 'W/"x"', 'content-type': 'text/html' }, body: '<h1>Hamburg – Shanghai</h1>' }, mtime: 1, integrity: 'i' }

const storageWith = (maxSize = 1024 * 1024) => {
  const storage = createStorage()
  storage.mount('cache', responseCacheDriver({ maxSize }))
  return storage
}

describe('response cache driver', () => {
  it('returns a cached response as the object it was, without a parse per read', async () => {
    const storage = storageWith()
    await storage.setItem(`cache:${pageKey}`, page)
    const first = await storage.getItem<typeof page>(`cache:${pageKey}`)
    const second = await storage.getItem<typeof page>(`cache:${pageKey}`)
    expect(first).toEqual(page)
    // One parse, on write: both reads share the response itself…
    expect(second?.value).toBe(first?.value)
    // …but not the entry, whose top level Nitro's cache writes to (expires, mtime, value).
    expect(second).not.toBe(first)
    first!.value = { ...page.value, body: 'changed' }
    first!.mtime = 2
    expect(await storage.getItem(`cache:${pageKey}`)).toEqual(page)
  })

  it('freezes the shared response, so a write to it fails instead of reaching other requests', async () => {
    const storage = storageWith()
    await storage.setItem(`cache:${dataKey}`, { value: { code: 200, headers: {}, body: { title: 'Die Pekinger Mischung', authors: [{ name: 'A' }] } } })
    const entry = await storage.getItem<{ value: { body: { title: string; authors: { name: string }[] } } }>(`cache:${dataKey}`)
    expect(() => {
      entry!.value.body.title = 'changed'
    }).toThrow(TypeError)
    expect(() => entry!.value.body.authors.push({ name: 'B' })).toThrow(TypeError)
  })

  it('keeps other entries as JSON text: each read is a fresh copy its caller may change', async () => {
    const storage = storageWith()
    const cards = { value: [{ slug: 'hamburg-shanghai' }] }
    await storage.setItem(`cache:${functionKey}`, cards)
    const first = await storage.getItem<typeof cards>(`cache:${functionKey}`)
    first!.value.push({ slug: 'changed' })
    expect(await storage.getItem(`cache:${functionKey}`)).toEqual(cards)
    expect(await storage.getItemRaw(`cache:${functionKey}`)).toBe(JSON.stringify(cards))
  })

  it('drops the least recently used entries past its size, counted in UTF-8 bytes of the JSON', async () => {
    // Three-byte characters: each entry takes about 3 kB, so two of them fit in 7 kB and three do not.
    const entry = (text: string) => ({ value: { code: 200, headers: {}, body: text.repeat(1000) } })
    const storage = storageWith(7 * 1024)
    await storage.setItem('cache:nitro:routes:a.json', entry('汉'))
    await storage.setItem('cache:nitro:routes:b.json', entry('堡'))
    await storage.getItem('cache:nitro:routes:a.json')
    await storage.setItem('cache:nitro:routes:c.json', entry('上'))
    expect(await storage.hasItem('cache:nitro:routes:a.json')).toBe(true)
    expect(await storage.hasItem('cache:nitro:routes:b.json')).toBe(false)
    expect(await storage.hasItem('cache:nitro:routes:c.json')).toBe(true)
  })

  it('lists, removes and clears entries, as the purge webhook does', async () => {
    const storage = storageWith()
    await storage.setItem(`cache:${pageKey}`, page)
    await storage.setItem(`cache:${functionKey}`, { value: [] })
    expect((await storage.getKeys('cache:')).sort()).toEqual([`cache:${functionKey}`, `cache:${pageKey}`].sort())
    await storage.removeItem(`cache:${pageKey}`)
    expect(await storage.getItem(`cache:${pageKey}`)).toBeNull()
    await storage.clear('cache:')
    expect(await storage.getKeys('cache:')).toEqual([])
  })
})
