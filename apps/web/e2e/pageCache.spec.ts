import { describe, expect, inject, it } from 'vitest'

// Rendered pages live in a bounded LRU cache (nuxt.config.ts, nitro.storage.cache). The bound is its size
// (128 MB): the driver's default cap of 1,000 entries would evict pages long before that.
describe('page cache', () => {
  it('keeps a page cached while more than a thousand other pages are rendered', async () => {
    const page = (n: number) => `${inject('siteUrl')}/de?cache-probe=${n}`
    const first = await fetch(page(0))
    expect(first.status).toBe(200)
    const renderedAt = first.headers.get('last-modified')
    expect(renderedAt).toBeTruthy()
    // Last-Modified has whole seconds: a page rendered again after this would show a later one.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    for (let n = 1; n <= 1100; n += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(page(n + i)).then((response) => response.text())))
    }
    const again = await fetch(page(0))
    expect(again.status).toBe(200)
    expect(again.headers.get('last-modified')).toBe(renderedAt)
  })
})
