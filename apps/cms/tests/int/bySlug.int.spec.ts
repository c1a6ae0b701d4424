import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Author, City, Partnership, Terrain } from '@stadtmacher/types'
import { richText } from '../../src/seed/richText'
import { createCity, createPartnership } from '../helpers/fixtures'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

type Docs<T> = { docs: T[] }
const slugs = { de: 'hafen-essay', en: 'harbour-essay', zh: 'gangkou-caogao' } as const

describe('look-up by slug', () => {
  let cms: TestCms
  let editor: LoggedIn
  let city: City
  let profile: Terrain
  let author: Author
  let published: Partnership
  let draft: Partnership
  let renamedProfile: Terrain
  let germanSlugOnly: Partnership
  const renamed = { old: 'renamed-essay', now: 'renamed-story', oldWithdrawn: 'gai-ming' }
  const apiKey = crypto.randomUUID()
  const asPartner = { headers: { Authorization: `partners API-Key ${apiKey}` } }

  const profileBySlug = (slug: string, locale: string, options = {}) =>
    cms.graphql<{ TerrainProfileBySlug: { id: string; title: string; cities: { name: string }[] } | null }>(
      `query($slug: String!) { TerrainProfileBySlug(slug: $slug, locale: ${locale}) { id title cities { name } } }`,
      { slug },
      options,
    )

  beforeAll(async () => {
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    await cms.payload.create({ collection: 'partners', overrideAccess: true, data: { name: 'Partner', contact: 'p@example.test', active: true, enableAPIKey: true, apiKey } })
    city = await createCity(cms.payload, { name: 'Hafenstadt', country: 'DE' })
    await cms.payload.update({ collection: 'cities', id: city.id, locale: 'en', overrideAccess: true, data: { name: 'Harbour Town', region: 'Hamburg' } })
    author = await cms.payload.create({ collection: 'authors', locale: 'de', overrideAccess: true, data: { name: 'Lin Hai', slug: 'lin-hai', role: 'Autorin', _status: 'published' } })
    await cms.payload.update({ collection: 'authors', id: author.id, locale: 'zh', overrideAccess: true, data: { role: '作者', _status: 'published' } })
    const base = { kind: 'essay' as const, cities: [city.id], authors: [author.id] }
    profile = await cms.payload.create({ collection: 'terrain', locale: 'de', overrideAccess: true, data: { ...base, title: 'Hafen', teaser: 'Anriss', slug: slugs.de, _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: profile.id, locale: 'en', overrideAccess: true, data: { title: 'Harbour', teaser: 'Teaser', slug: slugs.en, _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: profile.id, locale: 'zh', draft: true, overrideAccess: true, data: { title: '港口草稿', teaser: '导语', slug: slugs.zh, _status: 'draft' } })
    published = await createPartnership(cms.payload, 'published')
    draft = await createPartnership(cms.payload, 'draft')

    // A profile renamed in English after it was published there; renamed in Chinese too, which was then withdrawn.
    renamedProfile = await cms.payload.create({ collection: 'terrain', locale: 'de', overrideAccess: true, data: { kind: 'essay', title: 'Umbenannt', teaser: 'Anriss', slug: 'umbenannt', _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: renamedProfile.id, locale: 'en', overrideAccess: true, data: { title: 'Renamed', teaser: 'Teaser', slug: renamed.old, _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: renamedProfile.id, locale: 'en', overrideAccess: true, data: { slug: renamed.now, _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: renamedProfile.id, locale: 'zh', overrideAccess: true, data: { title: '改名', teaser: '导语', slug: renamed.oldWithdrawn, _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: renamedProfile.id, locale: 'zh', overrideAccess: true, data: { slug: 'xin-dizhi', _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: renamedProfile.id, locale: 'zh', overrideAccess: true, data: { _status: 'draft' } })
    // An author's one slug, changed in German: the old one is an old address in every locale.
    const chen = await cms.payload.create({ collection: 'authors', locale: 'de', overrideAccess: true, data: { name: 'Chen Yu', slug: 'chen-yu', role: 'Autor', _status: 'published' } })
    await cms.payload.update({ collection: 'authors', id: chen.id, locale: 'zh', overrideAccess: true, data: { role: '作者', _status: 'published' } })
    await cms.payload.update({ collection: 'authors', id: chen.id, locale: 'de', overrideAccess: true, data: { slug: 'chen-yu-li', _status: 'published' } })
    // English published with no row of its own (as a status set in bulk leaves it): the German slug is its address there.
    germanSlugOnly = await createPartnership(cms.payload, 'published', 1995)
    const client = (cms.payload.db as unknown as SQLiteAdapter).client
    await client.execute({ sql: "INSERT INTO partnerships_locales (_status, _locale, _parent_id) VALUES ('published', 'en', ?)", args: [germanSlugOnly.id] })
  })
  afterAll(async () => cms?.close())

  it('finds a published TERRAIN profile by its slug in each published locale over GraphQL', async () => {
    const de = await profileBySlug(slugs.de, 'de')
    expect(de.body.errors).toBeUndefined()
    expect(de.body.data?.TerrainProfileBySlug).toMatchObject({ id: profile.id, title: 'Hafen' })
    const en = await profileBySlug(slugs.en, 'en')
    expect(en.body.data?.TerrainProfileBySlug?.title).toBe('Harbour')
  })

  it('resolves related documents in the locale asked for', async () => {
    const en = await profileBySlug(slugs.en, 'en')
    expect(en.body.data?.TerrainProfileBySlug?.cities.map((c) => c.name)).toEqual(['Harbour Town'])
    const de = await profileBySlug(slugs.de, 'de')
    expect(de.body.data?.TerrainProfileBySlug?.cities.map((c) => c.name)).toEqual(['Hafenstadt'])
  })

  it('matches a slug only in its own locale', async () => {
    expect((await profileBySlug(slugs.en, 'de')).body.data?.TerrainProfileBySlug).toBeNull()
  })

  it('hides a zh draft from anonymous clients, partner keys and even editors', async () => {
    for (const options of [{}, asPartner, editor.token]) {
      const { body } = await profileBySlug(slugs.zh, 'zh', options)
      expect(body.errors).toBeUndefined()
      expect(body.data?.TerrainProfileBySlug).toBeNull()
    }
  })

  it('finds a published partnership and never a draft one', async () => {
    const query = 'query($slug: String!) { PartnershipBySlug(slug: $slug, locale: de) { id since germanCity { name } } }'
    const found = await cms.graphql<{ PartnershipBySlug: { id: string; since: number } | null }>(query, { slug: published.slug }, asPartner)
    expect(found.body.data?.PartnershipBySlug).toMatchObject({ id: published.id, since: 1990 })
    const hidden = await cms.graphql<{ PartnershipBySlug: unknown }>(query, { slug: draft.slug }, asPartner)
    expect(hidden.body.data?.PartnershipBySlug).toBeNull()
  })

  it('answers an old slug over GraphQL with the document under its current slug', async () => {
    const { body } = await cms.graphql<{ TerrainProfileBySlug: { id: string; slug: string } | null }>(
      `query($slug: String!) { TerrainProfileBySlug(slug: $slug, locale: en) { id slug } }`,
      { slug: renamed.old },
    )
    expect(body.data?.TerrainProfileBySlug).toEqual({ id: renamedProfile.id, slug: renamed.now })
    const author = await cms.graphql<{ AuthorBySlug: { slug: string } | null }>('{ AuthorBySlug(slug: "chen-yu", locale: zh) { slug } }')
    expect(author.body.data?.AuthorBySlug).toEqual({ slug: 'chen-yu-li' })
  })

  it('finds a document by its German slug over GraphQL where its locale has no slug of its own', async () => {
    const { body } = await cms.graphql<{ PartnershipBySlug: { id: string } | null }>(`query($slug: String!) { PartnershipBySlug(slug: $slug, locale: en) { id } }`, { slug: germanSlugOnly.slug })
    expect(body.data?.PartnershipBySlug).toEqual({ id: germanSlugOnly.id })
  })

  it('answers no old slug of a withdrawn locale over GraphQL, not even to editors', async () => {
    for (const options of [{}, asPartner, editor.token]) {
      const { body } = await cms.graphql<{ TerrainProfileBySlug: unknown }>(`query($slug: String!) { TerrainProfileBySlug(slug: $slug, locale: zh) { id } }`, { slug: renamed.oldWithdrawn }, options)
      expect(body.data?.TerrainProfileBySlug).toBeNull()
    }
  })

  it('finds an author by slug with the role in the locale asked for', async () => {
    const { body } = await cms.graphql<{ AuthorBySlug: { id: string; role: string } }>('{ AuthorBySlug(slug: "lin-hai", locale: zh) { id role } }')
    expect(body.data?.AuthorBySlug).toEqual({ id: author.id, role: '作者' })
  })

  it('requires the slug argument', async () => {
    const { body } = await cms.graphql('{ AuthorBySlug(locale: de) { id } }')
    expect(body.errors?.[0]?.message).toMatch(/slug/)
  })

  it('finds the same documents over REST with where[slug][equals]', async () => {
    const rest = await cms.rest<Docs<Terrain>>('GET', `terrain?locale=en&where[slug][equals]=${slugs.en}`)
    expect(rest.body.docs.map((d) => d.id)).toEqual([profile.id])
    const hidden = await cms.rest<Docs<Terrain>>('GET', `terrain?locale=zh&where[slug][equals]=${slugs.zh}`, asPartner)
    expect(hidden.body.docs).toEqual([])
  })

  describe('over REST with translations (/api/<collection>/by-slug/<slug>)', () => {
    type Found = { doc: Terrain; translations: { slugs: Record<string, string>; shownIn: string } }
    type Problem = { errors: { field: string; message: string }[] }
    const bySlugRest = <T = Found>(collection: string, slug: string, query: string, options = {}) => cms.rest<T>('GET', `${collection}/by-slug/${slug}?${query}`, options)

    // The site reads each page's document and its translations with this one request.
    it('answers the document in the locale asked for and the locales it is published in', async () => {
      const { status, body } = await bySlugRest('terrain', slugs.en, 'locale=en&depth=1')
      expect(status).toBe(200)
      expect(body.doc).toMatchObject({ id: profile.id, title: 'Harbour', cities: [expect.objectContaining({ name: 'Harbour Town' })] })
      // zh is only a draft: no language link to it.
      expect(body.translations).toEqual({ slugs: { de: slugs.de, en: slugs.en }, shownIn: 'en' })
    })

    it('returns only the fields selected and the status, and relations as ids at depth 0', async () => {
      const { body } = await bySlugRest('terrain', slugs.de, 'locale=de&depth=0&select[title]=true&select[cities]=true')
      // The status is always read: it decides which locales a reader may see (docs/publishing.md).
      expect(Object.keys(body.doc).sort()).toEqual(['_status', 'cities', 'id', 'title'])
      expect(body.doc.cities).toEqual([city.id])
    })

    it('says the text is shown in German where a locale has no text of its own', async () => {
      const de = { title: 'Brücke', teaser: 'Anriss', slug: 'bruecken-text', body: richText([{ type: 'paragraph', text: 'Nur auf Deutsch.' }]) as Terrain['body'] }
      const bridge = await cms.payload.create({ collection: 'terrain', locale: 'de', overrideAccess: true, data: { kind: 'essay', ...de, _status: 'published' } })
      await cms.payload.update({ collection: 'terrain', id: bridge.id, locale: 'en', overrideAccess: true, data: { title: 'Bridge', teaser: 'Teaser', slug: 'bridge-text', _status: 'published' } })
      const { body } = await bySlugRest('terrain', 'bridge-text', 'locale=en&depth=0')
      expect(body.translations).toEqual({ slugs: { de: 'bruecken-text', en: 'bridge-text' }, shownIn: 'de' })
    })

    it('never answers a draft, not to partner keys and not to editors', async () => {
      for (const options of [{}, asPartner, { token: editor.token }]) {
        expect((await bySlugRest('terrain', slugs.zh, 'locale=zh', options)).status).toBe(404)
        expect((await bySlugRest('partnerships', draft.slug ?? '', 'locale=de', options)).status).toBe(404)
      }
      expect((await bySlugRest('partnerships', published.slug ?? '', 'locale=de', asPartner)).status).toBe(200)
    })

    it('matches a slug only in its own locale', async () => {
      expect((await bySlugRest('terrain', slugs.en, 'locale=de')).status).toBe(404)
      expect((await bySlugRest('terrain', slugs.de, 'locale=en')).status).toBe(404)
    })

    it('finds an author by the one slug it has in every locale', async () => {
      const { body } = await bySlugRest<{ doc: Author; translations: Found['translations'] }>('authors', 'lin-hai', 'locale=zh&depth=0')
      expect(body.doc).toMatchObject({ id: author.id, role: '作者' })
      expect(body.translations.slugs).toEqual({ de: 'lin-hai', zh: 'lin-hai' })
    })

    it.each([
      ['locale=all', 'locale'],
      ['locale=fr', 'locale'],
      ['locale=de&depth=9', 'depth'],
    ])('refuses %s with a 400 naming %s', async (query, field) => {
      const { status, body } = await bySlugRest<Problem>('terrain', slugs.de, query)
      expect(status).toBe(400)
      expect(body.errors[0]?.field).toBe(field)
    })

    it('answers an old slug with a 301 to the look-up under the current one, keeping the query', async () => {
      const moved = await bySlugRest<{ movedTo: string }>('terrain', renamed.old, 'locale=en&depth=0&select[title]=true')
      expect(moved.status).toBe(301)
      expect(moved.body).toEqual({ movedTo: renamed.now })
      expect(moved.headers.get('location')).toBe(`/api/terrain/by-slug/${renamed.now}?locale=en&depth=0&select[title]=true`)
      const followed = await bySlugRest('terrain', renamed.now, 'locale=en&depth=0&select[title]=true')
      expect(followed.status).toBe(200)
      expect(followed.body.doc).toMatchObject({ id: renamedProfile.id, title: 'Renamed' })
    })

    it('keeps old slugs per locale: an old English slug is nothing under German', async () => {
      expect((await bySlugRest('terrain', renamed.old, 'locale=de')).status).toBe(404)
    })

    it('moves an old author slug in every locale the author is published in, and in no other', async () => {
      for (const locale of ['de', 'zh']) {
        const moved = await bySlugRest<{ movedTo: string }>('authors', 'chen-yu', `locale=${locale}`)
        expect(moved.status).toBe(301)
        expect(moved.body.movedTo).toBe('chen-yu-li')
      }
      expect((await bySlugRest('authors', 'chen-yu', 'locale=en')).status).toBe(404)
    })

    it('finds a document by its German slug in a locale that is published without a slug of its own', async () => {
      const { status, body } = await bySlugRest<{ doc: Partnership; translations: Found['translations'] }>('partnerships', germanSlugOnly.slug ?? '', 'locale=en&depth=0')
      expect(status).toBe(200)
      // Payload falls back to the German title field by field.
      expect(body.doc).toMatchObject({ id: germanSlugOnly.id, title: germanSlugOnly.title })
      expect(body.translations.slugs).toEqual({ de: germanSlugOnly.slug })
    })

    it('moves nothing to a withdrawn locale: its old slug answers 404, also to editors', async () => {
      for (const options of [{}, asPartner, { token: editor.token }]) {
        expect((await bySlugRest('terrain', renamed.oldWithdrawn, 'locale=zh', options)).status).toBe(404)
      }
    })

    it('has no look-up with translations for collections without localized slugs', async () => {
      expect((await bySlugRest('cities', city.slug ?? 'x', 'locale=de')).status).toBe(404)
    })
  })
})
