import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Terrain } from '@stadtmacher/types'
import { startCms, type TestCms } from '../helpers/payload'

type Docs = { docs: { id: string }[] }

describe('publishing per locale', () => {
  let cms: TestCms
  let doc: Terrain
  const anonymous = (locale: string) => cms.rest<Terrain>('GET', `terrain/${doc.id}?locale=${locale}`)
  const anonymousList = (locale: string) => cms.rest<Docs>('GET', `terrain?locale=${locale}&where[id][equals]=${doc.id}`)

  beforeAll(async () => {
    cms = await startCms()
    doc = await cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      overrideAccess: true,
      data: { title: 'Deutscher Titel', teaser: 'Anriss', slug: 'deutscher-titel', kind: 'essay', _status: 'published' },
    })
    await cms.payload.update({
      collection: 'terrain',
      id: doc.id,
      locale: 'zh',
      draft: true,
      overrideAccess: true,
      data: { title: '中文草稿', teaser: '导语', slug: 'zhongwen', _status: 'draft' },
    })
  })
  afterAll(async () => cms?.close())

  it('shows a document published in German to anonymous readers in German', async () => {
    const { status, body } = await anonymous('de')
    expect(status).toBe(200)
    expect(body.title).toBe('Deutscher Titel')
  })

  it.each(['zh', 'en'])('hides it in %s, where it is not published, over REST', async (locale) => {
    expect((await anonymous(locale)).status).toBe(404)
    expect((await anonymousList(locale)).body.docs).toHaveLength(0)
  })

  it('hides the Chinese draft over GraphQL too', async () => {
    const { body } = await cms.graphql<{ TerrainProfile: unknown }>('query($id: String!) { TerrainProfile(id: $id, locale: zh) { title } }', { id: doc.id })
    expect(body.data?.TerrainProfile ?? null).toBeNull()
  })

  it('publishes Chinese on its own, leaving German as it was', async () => {
    const before = (await cms.rest<Record<string, Record<string, unknown>>>('GET', `terrain/${doc.id}?locale=all&depth=0`, { token: undefined })).body
    await cms.payload.update({ collection: 'terrain', id: doc.id, locale: 'zh', overrideAccess: true, data: { title: '中文标题', _status: 'published' } })
    const zh = await anonymous('zh')
    expect(zh.status).toBe(200)
    expect(zh.body.title).toBe('中文标题')
    const de = await anonymous('de')
    expect(de.body.title).toBe(before.title?.de)
    expect((await anonymous('en')).status).toBe(404)
  })

  it('refuses to publish all locales while one of them lacks a required field, naming locale and field', async () => {
    const { createUser } = await import('../helpers/users')
    const editor = await createUser(cms.payload, 'editor')
    const draft = await cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      draft: true,
      overrideAccess: true,
      data: { title: 'Nur deutsch', teaser: 'Anriss', slug: 'nur-deutsch-alle', kind: 'essay', _status: 'draft' },
    })
    const { status, body } = await cms.rest('PATCH', `terrain/${draft.id}?locale=de&publishAllLocales=true`, { token: editor.token, body: { _status: 'published' } })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/title is empty in zh/)
    expect((await cms.rest('GET', `terrain/${draft.id}?locale=zh`)).status).toBe(404)
    // Publishing German alone is still possible.
    const german = await cms.rest('PATCH', `terrain/${draft.id}?locale=de`, { token: editor.token, body: { _status: 'published' } })
    expect(german.status).toBe(200)
    expect((await cms.rest('GET', `terrain/${draft.id}?locale=de`)).status).toBe(200)
  })
})
