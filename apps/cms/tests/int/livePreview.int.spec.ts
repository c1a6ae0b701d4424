import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Partnership, Terrain } from '@stadtmacher/types'
import { createPartnership } from '../helpers/fixtures'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

const site = 'https://site.example'

/**
 * What the site's preview page sends (@payloadcms/live-preview's mergeData): the form values the admin
 * posted to it, to be populated by the CMS with the caller's own session cookie.
 */
describe('live preview population', () => {
  let cms: TestCms
  let editor: LoggedIn
  let doc: Terrain
  let partnership: Partnership
  let draftPartnership: Partnership

  const populate = (data: Record<string, unknown>, headers: Record<string, string> = {}) =>
    cms.rest<Terrain & { errors?: unknown }>('POST', `terrain/${doc.id}`, {
      headers: { 'X-Payload-HTTP-Method-Override': 'GET', Origin: site, ...headers },
      body: { data, depth: 2, flattenLocales: false, locale: 'zh' },
    })
  const asEditor = () => ({ Cookie: `payload-token=${editor.token}` })

  beforeAll(async () => {
    // The config reads the site address (CORS and CSRF origins) when it is imported, inside startCms.
    process.env.WEB_URL = site
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    partnership = await createPartnership(cms.payload, 'published')
    draftPartnership = await createPartnership(cms.payload, 'draft', 1995)
    doc = await cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      draft: true,
      overrideAccess: true,
      data: { title: 'Geheimer Entwurf', teaser: 'Noch nicht öffentlich', kind: 'essay', _status: 'draft' },
    })
  })
  afterAll(async () => {
    delete process.env.WEB_URL
    await cms?.close()
  })

  it('populates the relations of what the editor is typing, with the editor cookie from the site origin', async () => {
    const { status, body, headers } = await populate({ id: doc.id, title: '正在输入', kind: 'essay', partnerships: [partnership.id] }, asEditor())
    expect(status).toBe(200)
    expect(body.title).toBe('正在输入')
    const [related] = body.partnerships as Partnership[]
    expect(related?.id).toBe(partnership.id)
    // depth 2: the related partnership's cities, which its card shows.
    expect(typeof related?.germanCity === 'object' && related.germanCity.name).toBe('Teststadt')
    expect(headers.get('access-control-allow-origin')).toBe(site)
    expect(headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('populates draft relations for the editor only: anonymous callers get published documents', async () => {
    const data = { id: doc.id, title: 'x', kind: 'essay', partnerships: [draftPartnership.id] }
    const editorView = await populate(data, asEditor())
    expect((editorView.body.partnerships as Partnership[])[0]).toMatchObject({ id: draftPartnership.id })
    const anonymous = await populate(data)
    expect(anonymous.status).toBe(200)
    expect((anonymous.body.partnerships as unknown[]).filter((value) => typeof value === 'object' && value !== null)).toEqual([])
  })

  it('answers with what was sent, never the stored draft: an anonymous caller learns nothing of it', async () => {
    const { status, body } = await populate({ id: doc.id })
    expect(status).toBe(200)
    expect(JSON.stringify(body)).not.toMatch(/Geheimer Entwurf|Noch nicht öffentlich/)
  })

  it('refuses the session cookie from an origin other than the site (CSRF), so drafts stay hidden', async () => {
    const data = { id: doc.id, title: 'x', kind: 'essay', partnerships: [draftPartnership.id] }
    const { body, headers } = await populate(data, { ...asEditor(), Origin: 'https://evil.example' })
    expect((body.partnerships as unknown[]).filter((value) => typeof value === 'object' && value !== null)).toEqual([])
    expect(headers.get('access-control-allow-origin')).toBeNull()
  })
})
