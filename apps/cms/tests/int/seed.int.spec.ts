import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import cities from '../../src/seed/data/cities.json' with { type: 'json' }
import partnerships from '../../src/seed/data/partnerships.json' with { type: 'json' }
import { authors, terrain, topics } from '../../src/seed/data/terrain'
import { seed } from '../../src/seed'
import { startCms, type TestCms } from '../helpers/payload'

const expected = {
  cities: cities.length,
  partnerships: partnerships.length,
  terrain: terrain.length,
  authors: authors.length,
  topics: topics.length,
  media: terrain.length,
} as const

describe('seed', () => {
  let cms: TestCms
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.keys(expected).map(async (collection) => {
          const { totalDocs } = await cms.payload.count({ collection: collection as keyof typeof expected, overrideAccess: true })
          return [collection, totalDocs]
        }),
      ),
    )

  beforeAll(async () => {
    cms = await startCms()
    await seed(cms.payload, () => {})
  })
  afterAll(async () => cms?.close())

  it('loads every city, partnership, TERRAIN profile, author, topic and hero image of the data set', async () => {
    expect(await counts()).toEqual(expected)
    expect(expected.partnerships).toBeGreaterThanOrEqual(50)
  })

  it('creates no duplicates when it runs a second time', async () => {
    await seed(cms.payload, () => {})
    expect(await counts()).toEqual(expected)
  })

  it('publishes Hamburg–Shanghai (1986, official) in all three languages with its source', async () => {
    const { body } = await cms.rest<{ docs: { title: Record<string, string>; since: number; kind: string; source: string }[] }>(
      'GET',
      'partnerships?locale=all&where[slug.de][equals]=hamburg-shanghai&depth=0',
    )
    const [doc] = body.docs
    expect(doc?.title).toEqual({ de: 'Hamburg – Shanghai', en: 'Hamburg – Shanghai', zh: '汉堡 – 上海' })
    expect(doc?.since).toBe(1986)
    expect(doc?.kind).toBe('official')
    expect(doc?.source).toMatch(/^https:\/\//)
  })

  it('gives every TERRAIN profile a title, teaser, body, hero and author in de, en and zh', async () => {
    const { body } = await cms.rest<{ docs: { title: Record<string, string>; body: Record<string, unknown>; hero: unknown; authors: unknown[] }[] }>(
      'GET',
      'terrain?locale=all&depth=0&limit=100',
    )
    expect(body.docs).toHaveLength(terrain.length)
    for (const doc of body.docs) {
      expect(Object.keys(doc.title).sort()).toEqual(['de', 'en', 'zh'])
      expect(Object.keys(doc.body).sort()).toEqual(['de', 'en', 'zh'])
      expect(doc.hero).toBeTruthy()
      expect(doc.authors.length).toBeGreaterThan(0)
    }
  })
})
