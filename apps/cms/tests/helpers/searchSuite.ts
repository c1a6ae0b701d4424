import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPartnership } from './fixtures'
import type { TestCms } from './payload'

type Hit = { id: string; slug: string; title: string; highlight: { title: { text: string; match: boolean }[] } }
type SearchBody = { total: number; groups: { type: string; total: number; docs: Hit[] }[]; errors?: { field: string; message: string }[] }

/**
 * Search over the seed content. Runs on SQLite always and on MongoDB when MONGODB_URI is set
 * (search.*.int.spec.ts): the same queries must give the same answers on both.
 */
export function describeSearch(database: string, startSeeded: () => Promise<TestCms>) {
  describe(`search on ${database}`, () => {
    let cms: TestCms
    const search = (query: string) => cms.rest<SearchBody>('GET', `search?${query}`)
    const titles = (body: SearchBody, type: string) => body.groups.find((g) => g.type === type)?.docs.map((d) => d.title) ?? []

    beforeAll(async () => {
      cms = await startSeeded()
    })
    afterAll(async () => cms?.close())

    it.each(['上海', '汉堡'])('finds Hamburg–Shanghai in Chinese for %s', async (q) => {
      const { status, body } = await search(`q=${encodeURIComponent(q)}&locale=zh`)
      expect(status).toBe(200)
      expect(titles(body, 'partnerships')).toContain('汉堡 – 上海')
    })

    it.each(['Koln', 'Köln', 'koeln', 'KÖLN'])('finds Köln in German for %s, with the match highlighted', async (q) => {
      const { body } = await search(`q=${encodeURIComponent(q)}&locale=de`)
      expect(titles(body, 'cities')).toContain('Köln')
      const hit = body.groups.find((g) => g.type === 'cities')?.docs.find((d) => d.title === 'Köln')
      expect(hit?.highlight.title).toEqual([{ text: 'Köln', match: true }])
    })

    it('finds Düsseldorf written without the umlaut', async () => {
      const { body } = await search('q=Dusseldorf&locale=de')
      expect(titles(body, 'cities')).toContain('Düsseldorf')
      expect(titles(body, 'partnerships').some((t) => t.startsWith('Düsseldorf'))).toBe(true)
    })

    it('groups results by type across partnerships, cities, TERRAIN and authors', async () => {
      const { body } = await search('q=Hamburg&locale=de')
      expect(body.groups.map((g) => g.type)).toEqual(['partnerships', 'cities', 'terrain'])
      expect(body.total).toBe(body.groups.reduce((n, g) => n + g.total, 0))
      const authors = await search('q=Shi%20Ming&locale=en')
      expect(titles(authors.body, 'authors')).toEqual(['Shi Ming'])
    })

    it('searches each locale in its own words only', async () => {
      const zh = await search('q=Hamburg&locale=zh')
      expect(titles(zh.body, 'cities')).not.toContain('Hamburg')
      const en = await search('q=Cologne&locale=en')
      expect(titles(en.body, 'cities')).toContain('Cologne')
      const de = await search('q=Cologne&locale=de')
      expect(titles(de.body, 'cities')).toEqual([])
    })

    it('never indexes German fallback text under another locale', async () => {
      const topicless = await cms.payload.create({
        collection: 'terrain',
        locale: 'de',
        overrideAccess: true,
        data: { title: 'Nurdeutschertitel', teaser: 'Nur auf Deutsch', slug: 'nurdeutsch', kind: 'essay', _status: 'published' },
      })
      expect((await search('q=Nurdeutschertitel&locale=de')).body.total).toBe(1)
      expect((await search('q=Nurdeutschertitel&locale=en')).body.total).toBe(0)
      await cms.payload.delete({ collection: 'terrain', id: topicless.id, overrideAccess: true })
      expect((await search('q=Nurdeutschertitel&locale=de')).body.total).toBe(0)
    })

    it('never finds drafts', async () => {
      const draft = await createPartnership(cms.payload, 'draft')
      const { body } = await search(`q=${encodeURIComponent(draft.title ?? 'Teststadt')}&locale=de`)
      expect(body.groups.flatMap((g) => g.docs.map((d) => d.id))).not.toContain(draft.id)
    })

    it.each([
      ['an empty query', 'q=&locale=de', 'q'],
      ['a query over 200 characters', `q=${'x'.repeat(201)}&locale=de`, 'q'],
      ['an unknown locale', 'q=Hamburg&locale=fr', 'locale'],
    ])('answers %s with a 400 naming the parameter', async (_name, query, field) => {
      const { status, body } = await search(query)
      expect(status).toBe(400)
      expect(body.errors?.[0]?.field).toBe(field)
    })

    it.each([['.*'], ["' OR 1=1 --"], ['%_%'], ['🙂'], ['$where'], ['\\']])('answers the odd query %s without an error', async (q) => {
      const { status, body } = await search(`q=${encodeURIComponent(q)}&locale=de`)
      expect(status).toBe(200)
      expect(Array.isArray(body.groups)).toBe(true)
    })
  })
}
