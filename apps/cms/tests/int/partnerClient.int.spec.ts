import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Author, Partnership, Terrain } from '@stadtmacher/types'
import { createPartnership } from '../helpers/fixtures'
import type { TestCms } from '../helpers/payload'
import { type CmsServer, serveCms, startCmsServer } from '../helpers/server'
import { createClient, StadtmacherApiError } from '@stadtmacher/client'

const slugs = { de: 'brueckenbauer', en: 'bridge-builders', zh: 'qiao-caogao' } as const

describe('@stadtmacher/client against a running CMS', () => {
  let cms: TestCms
  let server: CmsServer
  let limited: CmsServer
  let profile: Terrain
  let author: Author
  let published: Partnership
  let draft: Partnership
  const apiKey = crypto.randomUUID()
  const client = () => createClient({ baseUrl: server.url, apiKey, locale: 'en' })

  beforeAll(async () => {
    const started = await startCmsServer()
    cms = started.cms
    server = started.server
    // Another server on the same CMS, with a partner limit of two requests a minute.
    limited = await serveCms(started.config, { limits: { anonymous: 0, partner: 2, session: 0, login: 0 } })
    const { payload } = cms
    await payload.create({ collection: 'partners', overrideAccess: true, data: { name: 'Partner', contact: 'p@example.test', active: true, enableAPIKey: true, apiKey } })
    author = await payload.create({ collection: 'authors', locale: 'de', overrideAccess: true, data: { name: 'Mei Brücke', slug: 'mei-bruecke', role: 'Autorin', _status: 'published' } })
    await payload.update({ collection: 'authors', id: author.id, locale: 'en', overrideAccess: true, data: { role: 'Author', _status: 'published' } })
    profile = await payload.create({
      collection: 'terrain',
      locale: 'de',
      overrideAccess: true,
      data: { title: 'Brückenbauer', teaser: 'Anriss', slug: slugs.de, kind: 'essay', authors: [author.id], _status: 'published' },
    })
    await payload.update({ collection: 'terrain', id: profile.id, locale: 'en', overrideAccess: true, data: { title: 'Bridge builders', teaser: 'Teaser', slug: slugs.en, _status: 'published' } })
    await payload.update({ collection: 'terrain', id: profile.id, locale: 'zh', draft: true, overrideAccess: true, data: { title: '草稿', teaser: '导语', slug: slugs.zh, _status: 'draft' } })
    published = await createPartnership(payload, 'published')
    draft = await createPartnership(payload, 'draft')
  })
  afterAll(async () => {
    await limited?.close()
    await server?.close()
    await cms?.close()
  })

  it('gets a TERRAIN profile by slug in the client’s locale, with its authors populated', async () => {
    const found = await client().terrain.bySlug(slugs.en)
    expect(found?.title).toBe('Bridge builders')
    expect(found?.authors?.map((a) => (typeof a === 'string' ? a : a.role))).toEqual(['Author'])
  })

  it('gets it in another locale when the call names one', async () => {
    expect((await client().terrain.bySlug(slugs.de, { locale: 'de', depth: 0 }))?.authors).toEqual([author.id])
  })

  it('gives null for a draft, by slug and by id', async () => {
    expect(await client().terrain.bySlug(slugs.zh, { locale: 'zh' })).toBeNull()
    expect(await client().partnerships.byId(draft.id, { locale: 'de' })).toBeNull()
  })

  it('gets a document by slug with the locales it is published in, in one request', async () => {
    const found = await client().terrain.bySlugWithTranslations(slugs.en, { depth: 0, select: { title: true, authors: true } })
    // The status comes with every answer: it decides which locales a reader may see.
    expect(found?.doc).toEqual({ id: profile.id, title: 'Bridge builders', authors: [author.id], _status: 'published' })
    expect(found?.translations).toEqual({ slugs: { de: slugs.de, en: slugs.en }, shownIn: 'en' })
    expect(await client().terrain.bySlugWithTranslations(slugs.zh, { locale: 'zh' })).toBeNull()
    expect((await client().authors.bySlugWithTranslations('mei-bruecke', { locale: 'de' }))?.translations.slugs).toEqual({ de: 'mei-bruecke', en: 'mei-bruecke' })
  })

  it('follows the CMS from an old slug to the document under its current one', async () => {
    const renamed = await cms.payload.create({ collection: 'authors', locale: 'de', overrideAccess: true, data: { name: 'Wu Qiao', slug: 'wu-qiao', role: 'Autor', _status: 'published' } })
    await cms.payload.update({ collection: 'authors', id: renamed.id, locale: 'de', overrideAccess: true, data: { slug: 'wu-qiao-lin', _status: 'published' } })
    const found = await client().authors.bySlugWithTranslations('wu-qiao', { locale: 'de', depth: 0 })
    expect(found?.doc).toMatchObject({ id: renamed.id, slug: 'wu-qiao-lin' })
    expect(found?.translations.slugs).toEqual({ de: 'wu-qiao-lin' })
  })

  it('lists published partnerships and never drafts', async () => {
    const page = await client().partnerships.list({ locale: 'de', limit: 100, depth: 0 })
    const ids = page.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect(page.limit).toBe(100)
  })

  it('gets a partnership and an author by slug and by id', async () => {
    expect((await client().partnerships.bySlug(published.slug, { locale: 'de' }))?.id).toBe(published.id)
    expect((await client().partnerships.byId(published.id, { locale: 'de' }))?.since).toBe(1990)
    expect((await client().authors.bySlug('mei-bruecke'))?.role).toBe('Author')
  })

  it('filters with where, trims with select and counts, as the reader site does', async () => {
    const page = await client().partnerships.list({ locale: 'de', where: { id: { in: [published.id, draft.id] } }, select: { slug: true, since: true } })
    expect(page.docs).toHaveLength(1)
    expect(page.docs[0]).toMatchObject({ id: published.id, slug: published.slug, since: 1990 })
    expect(page.docs[0]).not.toHaveProperty('kind')
    expect(await client().partnerships.count({ locale: 'de', where: { id: { in: [published.id, draft.id] } } })).toBe(1)
    expect(await client().terrain.count({ where: { slug: { equals: slugs.zh } }, locale: 'zh' })).toBe(0)
  })

  it('reads all locales at once, without the unpublished one', async () => {
    const { docs } = await client().terrain.list({ locale: 'all', where: { id: { equals: profile.id } }, select: { title: true } })
    expect(docs[0]?.title).toMatchObject({ de: 'Brückenbauer', en: 'Bridge builders' })
    expect(JSON.stringify(docs)).not.toContain('草稿')
  })

  it('reads cities and topics', async () => {
    const city = await client().cities.byId(typeof published.germanCity === 'string' ? published.germanCity : published.germanCity.id, { locale: 'de' })
    expect(city?.country).toBe('DE')
    expect((await client().topics.list()).docs).toEqual([])
  })

  it('works without a key', async () => {
    const anonymous = createClient({ baseUrl: `${server.url}/` })
    expect((await anonymous.terrain.bySlug(slugs.de))?.title).toBe('Brückenbauer')
  })

  it('searches in a locale and for chosen types', async () => {
    const results = await client().search('Bridge', { types: ['terrain'] })
    expect(results.groups.map((g) => g.type)).toEqual(['terrain'])
    expect(results.groups[0]?.docs.map((d) => d.slug)).toEqual([slugs.en])
    expect((await client().search('草稿', { locale: 'zh' })).total).toBe(0)
  })

  it('turns a 400 into an error that names the parameter', async () => {
    const error = await client().partnerships.list({ limit: 101 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StadtmacherApiError)
    expect(error).toMatchObject({ status: 400, problems: [{ field: 'limit' }] })
  })

  it('sends the key, so the per-key limit applies, and reports Retry-After on a 429', async () => {
    const partner = createClient({ baseUrl: limited.url, apiKey })
    await partner.authors.list()
    await partner.authors.list()
    const error = await partner.authors.list().catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429 })
    expect((error as StadtmacherApiError).retryAfter).toBeGreaterThan(0)
    // Another key has a budget of its own.
    expect((await createClient({ baseUrl: limited.url, apiKey: 'another' }).authors.list()).docs).toBeDefined()
  })
})
