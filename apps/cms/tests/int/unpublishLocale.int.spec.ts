import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Author, Terrain } from '@stadtmacher/types'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

type Localized = 'terrain' | 'authors'
type Doc = Record<string, unknown>

// updatedAt is the document's, not a locale's: saving zh moves it for every locale.
const withoutUpdatedAt = ({ updatedAt: _updatedAt, ...rest }: Doc) => rest

describe('scheduled unpublishing of one locale', () => {
  let cms: TestCms
  let editor: LoggedIn
  let apiKey: string
  const anonymous = (collection: Localized, id: string, locale: string) => cms.rest<Doc>('GET', `${collection}/${id}?locale=${locale}&depth=0`)
  const schedule = (body: unknown, headers: Record<string, string> = { Authorization: `JWT ${editor.token}` }) =>
    cms.rest<{ job?: { id: string; waitUntil: string }; errors?: { field: string; message: string }[] }>('POST', 'scheduled-unpublish', { body, headers })
  const queuedJobs = async () => (await cms.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'unpublishLocale' } } })).totalDocs

  async function createTerrain(): Promise<Terrain> {
    const run = randomUUID().slice(0, 6)
    const doc = await cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      overrideAccess: true,
      data: { title: `Geplant ${run}`, teaser: 'Anriss', slug: `geplant-${run}`, kind: 'event', _status: 'published' },
    })
    await cms.payload.update({ collection: 'terrain', id: doc.id, locale: 'en', overrideAccess: true, data: { title: `Planned ${run}`, teaser: 'Teaser', _status: 'published' } })
    await cms.payload.update({ collection: 'terrain', id: doc.id, locale: 'zh', overrideAccess: true, data: { title: `计划 ${run}`, teaser: '导语', _status: 'published' } })
    return doc
  }

  async function createAuthor(): Promise<Author> {
    const doc = await cms.payload.create({
      collection: 'authors',
      locale: 'de',
      overrideAccess: true,
      data: { name: 'Geplante Autorin', role: 'Journalistin', slug: `autorin-${randomUUID().slice(0, 6)}`, _status: 'published' },
    })
    await cms.payload.update({ collection: 'authors', id: doc.id, locale: 'en', overrideAccess: true, data: { role: 'Journalist', _status: 'published' } })
    await cms.payload.update({ collection: 'authors', id: doc.id, locale: 'zh', overrideAccess: true, data: { role: '记者', _status: 'published' } })
    return doc
  }

  beforeAll(async () => {
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    apiKey = randomUUID()
    await cms.payload.create({
      collection: 'partners',
      overrideAccess: true,
      data: { name: 'Partnerstadt', contact: 'web@partner-stadt.example', active: true, enableAPIKey: true, apiKey },
    })
  })
  afterAll(async () => cms?.close())

  for (const [collection, create] of [['terrain', createTerrain], ['authors', createAuthor]] as const) {
    it(`${collection}: unpublishes zh at the chosen time, not before, and leaves de and en published and unchanged`, async () => {
      const { id } = await create()
      const read = async (locale: string) => anonymous(collection, id, locale)
      const before = { de: await read('de'), en: await read('en'), all: (await cms.rest<Doc>('GET', `${collection}/${id}?locale=all&depth=0`)).body }

      const at = new Date(Date.now() + 2000)
      const queued = await schedule({ collection, id, locale: 'zh', at: at.toISOString() })
      expect(queued.status).toBe(201)
      expect(queued.body.job?.waitUntil).toBe(at.toISOString())

      await cms.payload.jobs.run()
      for (const locale of ['de', 'en', 'zh']) expect((await read(locale)).status, `${locale} before the time`).toBe(200)

      await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
      await cms.payload.jobs.run()

      // Anonymous readers get nothing in zh, neither by id nor in a list.
      expect((await read('zh')).status).toBe(404)
      const list = await cms.rest<{ totalDocs: number }>('GET', `${collection}?locale=zh&where[id][equals]=${id}`)
      expect(list.body.totalDocs).toBe(0)
      // de and en: still published, the same answer as before (the document-wide updatedAt aside).
      for (const locale of ['de', 'en'] as const) {
        const after = await read(locale)
        expect(after.status).toBe(200)
        expect(withoutUpdatedAt(after.body)).toEqual(withoutUpdatedAt(before[locale].body))
      }
      const all = (await cms.rest<Doc>('GET', `${collection}/${id}?locale=all&depth=0`)).body
      for (const [field, value] of Object.entries(before.all)) {
        if (field === 'updatedAt' || typeof value !== 'object' || value === null || Array.isArray(value)) continue
        const byLocale = value as Record<string, unknown>
        if (!('de' in byLocale)) continue
        expect((all[field] as Record<string, unknown>).de, `${field}.de`).toEqual(byLocale.de)
        expect((all[field] as Record<string, unknown>).en, `${field}.en`).toEqual(byLocale.en)
      }
      // The Chinese text is not lost: editors still have it, as a draft.
      const draft = await cms.rest<Doc>('GET', `${collection}/${id}?locale=zh&draft=true&depth=0`, { token: editor.token })
      expect(draft.body._status).toBe('draft')
      expect(draft.body[collection === 'terrain' ? 'teaser' : 'role']).toBe(collection === 'terrain' ? '导语' : '记者')
    })
  }

  it('lets only CMS users queue it: anonymous clients and partner keys are refused and nothing is queued', async () => {
    const { id } = await createTerrain()
    const body = { collection: 'terrain', id, locale: 'zh', at: new Date().toISOString() }
    const jobs = await queuedJobs()
    expect((await schedule(body, {})).status).toBe(401)
    const partner = await schedule(body, { Authorization: `partners API-Key ${apiKey}` })
    expect(partner.status).toBe(403)
    expect(partner.body.errors?.[0]?.field).toBe('authorization')
    expect(await queuedJobs()).toBe(jobs)
    await cms.payload.jobs.run()
    expect((await anonymous('terrain', id, 'zh')).status).toBe(200)
  })

  it('lists what is still to come for a document and cancels it, for CMS users only', async () => {
    const { id } = await createTerrain()
    const at = new Date(Date.now() + 1500)
    const queued = await schedule({ collection: 'terrain', id, locale: 'zh', at: at.toISOString() })
    const jobId = queued.body.job?.id
    const asEditor = { token: editor.token }
    const listed = await cms.rest<{ docs: { id: string; locale: string; waitUntil: string }[] }>('GET', `scheduled-unpublish?collection=terrain&id=${id}`, asEditor)
    expect(listed.status).toBe(200)
    expect(listed.body.docs).toEqual([{ id: jobId, collection: 'terrain', docId: id, locale: 'zh', waitUntil: at.toISOString() }])

    const partner = { headers: { Authorization: `partners API-Key ${apiKey}` } }
    expect((await cms.rest('GET', `scheduled-unpublish?collection=terrain&id=${id}`, partner)).status).toBe(403)
    expect((await cms.rest('DELETE', `scheduled-unpublish/${jobId}`, partner)).status).toBe(403)
    expect((await cms.rest('DELETE', `scheduled-unpublish/${jobId}`)).status).toBe(401)
    expect((await cms.rest('GET', `scheduled-unpublish?collection=cities&id=${id}`, asEditor)).status).toBe(400)

    expect((await cms.rest('DELETE', `scheduled-unpublish/${jobId}`, asEditor)).status).toBe(200)
    expect((await cms.rest('DELETE', `scheduled-unpublish/${jobId}`, asEditor)).status).toBe(404)
    expect((await cms.rest<{ docs: unknown[] }>('GET', `scheduled-unpublish?collection=terrain&id=${id}`, asEditor)).body.docs).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await cms.payload.jobs.run()
    expect((await anonymous('terrain', id, 'zh')).status).toBe(200)
  })

  it('answers bad input with a 400 naming the field, and an unknown document with 404', async () => {
    const { id } = await createTerrain()
    const at = new Date().toISOString()
    const cases: [unknown, string][] = [
      [{ collection: 'cities', id, locale: 'zh', at }, 'collection'],
      [{ collection: 'terrain', locale: 'zh', at }, 'id'],
      [{ collection: 'terrain', id, locale: 'fr', at }, 'locale'],
      [{ collection: 'terrain', id, locale: 'zh' }, 'at'],
      [{ collection: 'terrain', id, locale: 'zh', at: 'tomorrow' }, 'at'],
      [[], 'body'],
    ]
    for (const [body, field] of cases) {
      const response = await schedule(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.errors?.[0]?.field).toBe(field)
    }
    const unknown = await schedule({ collection: 'terrain', id: randomUUID(), locale: 'zh', at })
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors?.[0]?.field).toBe('id')
  })
})
