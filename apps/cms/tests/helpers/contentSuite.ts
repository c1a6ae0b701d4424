import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '@stadtmacher/domain/locales'
import type { City, Partnership } from '@stadtmacher/types'
import { createCity, createPartnership } from './fixtures'
import { startCms, type TestCms } from './payload'
import { createUser, type LoggedIn } from './users'

type Docs<T> = { docs: T[]; totalDocs: number }
type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** The paths of the fields a 400 answer names, e.g. ['since'] or ['coordinates.latitude']. */
const invalidPaths = (body: ErrorBody) => body.errors.flatMap((e) => e.data?.errors?.map((f) => f.path) ?? [])

const cityNames = { de: 'Köln', en: 'Cologne', zh: '科隆' } as const

/**
 * The content behaviour every database must show. Runs on SQLite always and on MongoDB when
 * MONGODB_URI is set (see content.*.int.spec.ts).
 */
export function describeContent(database: string, databaseUri?: string) {
  describe(`content on ${database}`, () => {
    let cms: TestCms
    let editor: LoggedIn

    beforeAll(async () => {
      cms = await startCms(databaseUri)
      editor = await createUser(cms.payload, 'editor')
    })
    afterAll(async () => cms?.close())

    describe('locales over REST, GraphQL and the Local API', () => {
      let city: City

      beforeAll(async () => {
        const created = await cms.rest<{ doc: City }>('POST', 'cities?locale=de', {
          token: editor.token,
          body: { name: cityNames.de, country: 'DE', region: 'Nordrhein-Westfalen', coordinates: { latitude: 50.94, longitude: 6.96 } },
        })
        expect(created.status).toBe(201)
        city = created.body.doc
        for (const locale of ['en', 'zh'] as const) {
          const updated = await cms.rest('PATCH', `cities/${city.id}?locale=${locale}`, {
            token: editor.token,
            body: { name: cityNames[locale], region: locale === 'en' ? 'North Rhine-Westphalia' : '北莱茵-威斯特法伦州' },
          })
          expect(updated.status).toBe(200)
        }
      })

      it.each(locales)('creates a city and reads it back in %s over REST', async (locale) => {
        const { status, body } = await cms.rest<City>('GET', `cities/${city.id}?locale=${locale}`)
        expect(status).toBe(200)
        expect(body.name).toBe(cityNames[locale])
      })

      it.each(locales)('reads the same city in %s over GraphQL', async (locale) => {
        const { body } = await cms.graphql<{ City: { name: string } }>(`query($id: String!) { City(id: $id, locale: ${locale}) { name } }`, { id: city.id })
        expect(body.errors).toBeUndefined()
        expect(body.data?.City.name).toBe(cityNames[locale])
      })

      it.each(locales)('reads the same city in %s through the Local API', async (locale) => {
        const doc = await cms.payload.findByID({ collection: 'cities', id: city.id, locale })
        expect(doc.name).toBe(cityNames[locale])
      })

      it('gives every locale at once with locale=all', async () => {
        const { body } = await cms.rest<{ name: Record<string, string> }>('GET', `cities/${city.id}?locale=all`)
        expect(body.name).toEqual(cityNames)
      })

      it('derives a slug per locale from the name, German transliterated and Chinese as pinyin', async () => {
        const { body } = await cms.rest<{ slug: Record<string, string> }>('GET', `cities/${city.id}?locale=all`)
        expect(body.slug).toEqual({ de: 'koeln', en: 'cologne', zh: 'ke-long' })
      })

      it('falls back to German where a locale has no value, and not when fallback is off', async () => {
        const topic = await cms.payload.create({ collection: 'topics', locale: 'de', data: { name: 'Wasserwirtschaft', slug: 'wasserwirtschaft' }, overrideAccess: true })
        const fallback = await cms.rest<{ name: string }>('GET', `topics/${topic.id}?locale=zh`)
        expect(fallback.body.name).toBe('Wasserwirtschaft')
        const none = await cms.rest<{ name?: string | null }>('GET', `topics/${topic.id}?locale=zh&fallback-locale=none`)
        expect(none.body.name ?? null).toBeNull()
      })
    })

    describe('saving one locale', () => {
      it('leaves the other two locales byte-identical', async () => {
        const partnership = await createPartnership(cms.payload, 'published')
        const doc = await cms.payload.create({
          collection: 'terrain',
          locale: 'de',
          overrideAccess: true,
          data: { title: 'Titel', teaser: 'Anriss', slug: 'titel', kind: 'essay', partnerships: [partnership.id], _status: 'published' },
        })
        for (const [locale, title] of [['en', 'Title'], ['zh', '标题']] as const) {
          await cms.payload.update({ collection: 'terrain', id: doc.id, locale, overrideAccess: true, data: { title, teaser: `${title}!` } })
        }
        // Read as the editor: the en and zh saves carry no status, so readers see German only.
        const before = (await cms.rest<Record<string, Record<string, unknown>>>('GET', `terrain/${doc.id}?locale=all&depth=0`, { token: editor.token })).body
        const saved = await cms.rest('PATCH', `terrain/${doc.id}?locale=zh`, { token: editor.token, body: { title: '新标题', teaser: '新的导语' } })
        expect(saved.status).toBe(200)
        const after = (await cms.rest<Record<string, Record<string, unknown>>>('GET', `terrain/${doc.id}?locale=all&depth=0`, { token: editor.token })).body
        for (const field of ['title', 'teaser', 'slug']) {
          for (const locale of ['de', 'en']) expect(JSON.stringify(after[field]?.[locale])).toBe(JSON.stringify(before[field]?.[locale]))
        }
        expect(after.title?.zh).toBe('新标题')
      })
    })

    describe('drafts', () => {
      let draft: Partnership

      beforeAll(async () => {
        draft = await createPartnership(cms.payload, 'draft')
      })

      it.each(locales)('hides a draft from anonymous REST clients in %s, also with draft=true', async (locale) => {
        for (const query of [`locale=${locale}`, `locale=${locale}&draft=true`]) {
          const list = await cms.rest<Docs<Partnership>>('GET', `partnerships?${query}&where[id][equals]=${draft.id}`)
          expect(list.status).toBe(200)
          expect(list.body.totalDocs).toBe(0)
          const byId = await cms.rest('GET', `partnerships/${draft.id}?${query}`)
          expect(byId.status).toBe(404)
        }
      })

      it.each(locales)('hides a draft from anonymous GraphQL clients in %s, also with draft: true', async (locale) => {
        for (const draftArg of ['', ', draft: true']) {
          const list = await cms.graphql<{ Partnerships: { docs: { id: string }[] } }>(
            `query($id: JSON) { Partnerships(locale: ${locale}${draftArg}, where: { id: { equals: $id } }) { docs { id } } }`,
            { id: draft.id },
          )
          expect(list.body.data?.Partnerships.docs ?? []).toHaveLength(0)
          const single = await cms.graphql<{ Partnership: { id: string } | null }>(
            `query($id: String!) { Partnership(id: $id, locale: ${locale}${draftArg}) { id } }`,
            { id: draft.id },
          )
          expect(single.body.data?.Partnership ?? null).toBeNull()
        }
      })

      it('shows the draft to editors over REST and GraphQL', async () => {
        const rest = await cms.rest<Partnership>('GET', `partnerships/${draft.id}?draft=true`, { token: editor.token })
        expect(rest.status).toBe(200)
        expect(rest.body.id).toBe(draft.id)
        const gql = await cms.graphql<{ Partnership: { id: string } }>(`query($id: String!) { Partnership(id: $id, draft: true) { id } }`, { id: draft.id }, editor.token)
        expect(gql.body.data?.Partnership.id).toBe(draft.id)
      })

      it('shows published partnerships to anonymous clients', async () => {
        const published = await createPartnership(cms.payload, 'published')
        const { status, body } = await cms.rest<Partnership>('GET', `partnerships/${published.id}?locale=de`)
        expect(status).toBe(200)
        expect(body.since).toBe(1990)
      })
    })

    describe('validation', () => {
      let hamburg: City
      let berlin: City
      let shanghai: City

      beforeAll(async () => {
        hamburg = await createCity(cms.payload, { name: 'Hamburg', country: 'DE' })
        berlin = await createCity(cms.payload, { name: 'Berlin', country: 'DE' })
        shanghai = await createCity(cms.payload, { name: 'Shanghai', country: 'CN' })
      })

      const post = (body: Record<string, unknown>) => cms.rest<ErrorBody>('POST', 'partnerships?locale=de', { token: editor.token, body: { kind: 'official', since: 1986, ...body } })

      it('refuses a partnership between two German cities with a 400 naming the Chinese side', async () => {
        const { status, body } = await post({ germanCity: hamburg.id, chineseCity: berlin.id })
        expect(status).toBe(400)
        expect(invalidPaths(body)).toEqual(['chineseCity'])
        expect(JSON.stringify(body)).toMatch(/Chinese city/)
      })

      it('refuses a partnership year in the future with a 400 naming the year', async () => {
        const { status, body } = await post({ germanCity: hamburg.id, chineseCity: shanghai.id, since: new Date().getFullYear() + 1 })
        expect(status).toBe(400)
        expect(invalidPaths(body)).toEqual(['since'])
      })

      it.each([
        ['coordinates.latitude', { latitude: 91, longitude: 10 }],
        ['coordinates.longitude', { latitude: 50, longitude: -181 }],
      ])('refuses an out-of-range coordinate with a 400 naming %s', async (path, coordinates) => {
        const { status, body } = await cms.rest<ErrorBody>('POST', 'cities?locale=de', {
          token: editor.token,
          body: { name: 'Nirgendwo', country: 'DE', region: 'Bayern', coordinates },
        })
        expect(status).toBe(400)
        expect(invalidPaths(body)).toEqual([path])
      })

      it('accepts a valid partnership and names it after both cities', async () => {
        const { status, body } = await cms.rest<{ doc: Partnership }>('POST', 'partnerships?locale=de', {
          token: editor.token,
          body: { germanCity: hamburg.id, chineseCity: shanghai.id, since: 1986, kind: 'official', _status: 'published' },
        })
        expect(status).toBe(201)
        expect(body.doc.title).toBe(`${hamburg.name} – ${shanghai.name}`)
        expect(body.doc.slug).toBe(`${hamburg.slug}-${shanghai.slug}`)
      })

      it('refuses anonymous writes', async () => {
        const { status } = await cms.rest('POST', 'topics?locale=de', { body: { name: 'Anonym' } })
        expect(status).toBe(403)
      })
    })
  })
}

