import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '@stadtmacher/domain/locales'
import { createCity } from '../helpers/fixtures'
import type { JsonResponse } from '../helpers/http'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser } from '../helpers/users'

/** Every canary contains this marker; a response that contains it leaked a draft. */
const marker = `canary-${randomBytes(6).toString('hex')}`
let serial = 0
/** `CANARY-<hex>-title-de-3`: the marker in capitals, where it was put, and a serial number. */
const canary = (where: string) => `${marker.toUpperCase()}-${where}-${++serial}`
const canarySlug = () => `${marker}-${++serial}`
const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})

type Collection = 'partnerships' | 'terrain' | 'authors'
type Probe = { channel: string; who: string; send: () => Promise<JsonResponse<unknown>> }
type Fixture = { collection: Collection; id: string; versionIds: string[]; slugs: string[] }

/** The scalar fields of a version (GraphQL version types have no id and no populated relations). */
const versionFields = (fields: string) => fields.replace(/^id /, '').replace(/ \w+ \{[^}]*\}/g, '')

const graphqlNames: Record<Collection, { single: string; plural: string; fields: string }> = {
  partnerships: { single: 'Partnership', plural: 'Partnerships', fields: 'id title slug summary links { label url } germanCity { name } topics { name }' },
  terrain: { single: 'TerrainProfile', plural: 'TerrainProfiles', fields: 'id title teaser body slug period partnerships { title summary } authors { name role }' },
  authors: { single: 'Author', plural: 'Authors', fields: 'id name role biography slug' },
}

describe('draft leaks', () => {
  let cms: TestCms
  const fixtures: Fixture[] = []
  const apiKey = crypto.randomUUID()
  const identities: Record<string, Record<string, string>> = {
    anonymous: {},
    partner: { Authorization: `partners API-Key ${apiKey}` },
    'wrong key': { Authorization: `partners API-Key ${crypto.randomUUID()}` },
  }
  let probes = 0
  const serverErrors: string[] = []

  /** Sends the probes, eight at a time, and returns those whose answer contains a canary. */
  async function run(list: Probe[]): Promise<string[]> {
    const leaks: string[] = []
    for (let i = 0; i < list.length; i += 8) {
      await Promise.all(
        list.slice(i, i + 8).map(async (probe) => {
          const answer = await probe.send()
          probes++
          // The search repeats the query it was asked; only its hits count.
          const { query: _echo, ...body } = answer.body as Record<string, unknown>
          const text = JSON.stringify(body).toLowerCase()
          if (text.includes(marker)) leaks.push(`${probe.who}: ${probe.channel}`)
          if (answer.status >= 500) serverErrors.push(`${probe.who}: ${probe.channel} → ${answer.status}`)
        }),
      )
    }
    return leaks
  }

  /** A document written in all three locales as drafts only, a canary in every text. */
  async function draftEverywhere(collection: Collection, data: (locale: string) => Record<string, unknown>) {
    const { payload } = cms
    const doc = await payload.create({ collection, locale: 'de', draft: true, overrideAccess: true, data: { ...data('de'), _status: 'draft' } as never })
    for (const locale of ['en', 'zh'] as const) await payload.update({ collection, id: doc.id, locale, draft: true, overrideAccess: true, data: { ...data(locale), _status: 'draft' } as never })
    return doc.id
  }

  /** A document published in German only, with canary drafts in en and zh, then a newer canary draft in German. */
  async function publishedWithNewerDrafts(collection: Collection, published: Record<string, unknown>, data: (locale: string) => Record<string, unknown>) {
    const { payload } = cms
    const doc = await payload.create({ collection, locale: 'de', overrideAccess: true, data: { ...published, _status: 'published' } as never })
    for (const locale of locales) await payload.update({ collection, id: doc.id, locale, draft: true, overrideAccess: true, data: { ...data(locale), _status: 'draft' } as never })
    return doc.id
  }

  async function remember(collection: Collection, id: string) {
    const versions = await cms.payload.findVersions({ collection, where: { parent: { equals: id } }, overrideAccess: true, limit: 100, locale: 'all' })
    const slugs = JSON.stringify(versions.docs).match(new RegExp(`${marker}-\\d+`, 'g')) ?? []
    fixtures.push({ collection, id, versionIds: versions.docs.map((v) => String(v.id)), slugs: [...new Set(slugs)] })
  }

  beforeAll(async () => {
    cms = await startCms()
    const { payload } = cms
    await payload.create({ collection: 'partners', overrideAccess: true, data: { name: 'Partner', contact: 'p@example.test', active: true, enableAPIKey: true, apiKey } })
    const german = await createCity(payload, { name: 'Canarystadt', country: 'DE' })
    const chinese = await createCity(payload, { name: 'Canaryshi', country: 'CN' })
    const partnership = (locale: string) => ({ germanCity: german.id, chineseCity: chinese.id, since: 2001, kind: 'project', summary: richText(canary(`summary-${locale}`)), links: [{ label: canary(`link-${locale}`), url: 'https://example.org' }], slug: canarySlug() })
    const profile = (locale: string) => ({ title: canary(`title-${locale}`), teaser: canary(`teaser-${locale}`), body: richText(canary(`body-${locale}`)), period: canary(`period-${locale}`), kind: 'essay', slug: canarySlug() })
    const author = (locale: string) => ({ name: canary(`name-${locale}`), role: canary(`role-${locale}`), biography: richText(canary(`bio-${locale}`)), slug: canarySlug() })

    const draftPartnership = await draftEverywhere('partnerships', partnership)
    const draftAuthor = await draftEverywhere('authors', author)
    const draftProfile = await draftEverywhere('terrain', (l) => ({ ...profile(l), partnerships: [draftPartnership], authors: [draftAuthor] }))
    const livePartnership = await publishedWithNewerDrafts('partnerships', { germanCity: german.id, chineseCity: chinese.id, since: 1999, kind: 'official', slug: 'live-partnership' }, partnership)
    const liveAuthor = await publishedWithNewerDrafts('authors', { name: 'Live Author', slug: 'live-author', role: 'Autor' }, author)
    // A published profile that points at the drafts: populating it must not bring them along.
    const liveProfile = await publishedWithNewerDrafts(
      'terrain',
      { title: 'Öffentlich', teaser: 'Anriss', kind: 'report', slug: 'oeffentlich', partnerships: [draftPartnership, livePartnership], authors: [draftAuthor, liveAuthor] },
      profile,
    )
    for (const [collection, id] of [['partnerships', draftPartnership], ['authors', draftAuthor], ['terrain', draftProfile], ['partnerships', livePartnership], ['authors', liveAuthor], ['terrain', liveProfile]] as const) {
      await remember(collection, id)
    }
  })
  afterAll(async () => cms?.close())

  it('has canaries where an editor can see them, so a miss below means something', async () => {
    const editor = await createUser(cms.payload, 'editor')
    for (const { collection, id } of fixtures) {
      const { body } = await cms.rest('GET', `${collection}/${id}?draft=true&locale=all`, { token: editor.token })
      expect(JSON.stringify(body).toLowerCase()).toContain(marker)
    }
    const versions = await cms.rest('GET', `terrain/versions?locale=all`, { token: editor.token })
    expect(JSON.stringify(versions.body).toLowerCase()).toContain(marker)
    for (const collection of ['partnerships', 'terrain', 'authors'] as const) {
      const { single, plural, fields } = graphqlNames[collection]
      const id = fixtures.find((f) => f.collection === collection)?.id
      const one = await cms.graphql(`query($id: String!) { ${single}(id: $id, locale: zh, draft: true) { ${fields} } }`, { id }, editor.token)
      const all = await cms.graphql(`{ versions${plural}(locale: en, limit: 100) { docs { id version { ${versionFields(fields)} } } } }`, {}, editor.token)
      for (const answer of [one, all]) {
        expect(answer.body.errors).toBeUndefined()
        expect(JSON.stringify(answer.body).toLowerCase()).toContain(marker)
      }
    }
  })

  it('leaks no canary to REST list reads', async () => {
    const list: Probe[] = []
    const variants = [
      '',
      'draft=true',
      'where[_status][equals]=draft',
      'where[_status][not_equals]=published',
      'where[_status][exists]=false',
      `where[slug][like]=${marker}`,
      'where[title][like]=CANARY',
      'where[name][like]=CANARY',
      'where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published',
      'select[title]=true&select[slug]=true&select[summary]=true',
      'depth=3',
      'limit=100&sort=-updatedAt',
      'fallback-locale=none',
    ]
    for (const [who, headers] of Object.entries(identities)) {
      for (const collection of ['partnerships', 'terrain', 'authors'] as const) {
        for (const locale of [...locales, 'all', '']) {
          for (const variant of variants) {
            const query = [locale && `locale=${locale}`, variant].filter(Boolean).join('&')
            list.push({ channel: `GET ${collection}?${query}`, who, send: () => cms.rest('GET', `${collection}?${query}`, { headers }) })
          }
        }
      }
    }
    expect(await run(list)).toEqual([])
  })

  it('leaks no canary to REST reads by id and of versions', async () => {
    const list: Probe[] = []
    for (const [who, headers] of Object.entries(identities)) {
      for (const { collection, id, versionIds } of fixtures) {
        for (const locale of [...locales, 'all']) {
          for (const variant of ['', '&draft=true', '&depth=3', '&select[title]=true&select[summary]=true&select[body]=true']) {
            const url = `${collection}/${id}?locale=${locale}${variant}`
            list.push({ channel: `GET ${url}`, who, send: () => cms.rest('GET', url, { headers }) })
          }
          for (const url of [`${collection}/versions?locale=${locale}`, `${collection}/versions?locale=${locale}&draft=true&where[parent][equals]=${id}`]) {
            list.push({ channel: `GET ${url}`, who, send: () => cms.rest('GET', url, { headers }) })
          }
          for (const versionId of versionIds.slice(0, 3)) {
            const url = `${collection}/versions/${versionId}?locale=${locale}`
            list.push({ channel: `GET ${url}`, who, send: () => cms.rest('GET', url, { headers }) })
          }
        }
      }
    }
    expect(await run(list)).toEqual([])
  })

  it('leaks no canary to REST look-ups by slug with translations', async () => {
    const list: Probe[] = []
    const published = { partnerships: 'live-partnership', authors: 'live-author', terrain: 'oeffentlich' } as const
    for (const [who, headers] of Object.entries(identities)) {
      for (const { collection, slugs } of fixtures) {
        for (const slug of [...slugs, published[collection as keyof typeof published]]) {
          for (const locale of locales) {
            for (const variant of ['', '&depth=3', '&draft=true', '&fallback-locale=none', '&select[title]=true&select[summary]=true&select[body]=true&select[biography]=true']) {
              const url = `${collection}/by-slug/${slug}?locale=${locale}${variant}`
              list.push({ channel: `GET ${url}`, who, send: () => cms.rest('GET', url, { headers }) })
            }
          }
        }
      }
    }
    expect(await run(list)).toEqual([])
  })

  it('leaks no canary to the search', async () => {
    const list: Probe[] = []
    const words = ['CANARY', marker, marker.slice('canary-'.length), 'Canarystadt', 'Öffentlich']
    for (const [who, headers] of Object.entries(identities)) {
      for (const locale of locales) {
        for (const q of words) {
          const url = `search?q=${encodeURIComponent(q)}&locale=${locale}&limit=20`
          list.push({ channel: `GET ${url}`, who, send: () => cms.rest('GET', url, { headers }) })
        }
      }
    }
    expect(await run(list)).toEqual([])
  })

  it('leaks no canary to GraphQL lists, single reads, versions and look-ups by slug', async () => {
    const list: Probe[] = []
    const gql = (who: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Probe => ({
      channel: `GraphQL ${query.slice(0, 120)} ${JSON.stringify(variables)}`,
      who,
      send: () => cms.graphql(query, variables, { headers }),
    })
    for (const [who, headers] of Object.entries(identities)) {
      for (const locale of locales) {
        for (const collection of ['partnerships', 'terrain', 'authors'] as const) {
          const { single, plural, fields } = graphqlNames[collection]
          for (const draft of ['', ', draft: true']) {
            list.push(gql(who, headers, `{ ${plural}(locale: ${locale}, limit: 100${draft}) { docs { ${fields} } } }`))
            list.push(gql(who, headers, `{ ${plural}(locale: ${locale}${draft}, where: { _status: { equals: draft } }) { docs { ${fields} } } }`))
          }
          list.push(gql(who, headers, `{ versions${plural}(locale: ${locale}, limit: 100) { docs { id version { ${versionFields(fields)} } } } }`))
          for (const { id, versionIds, slugs } of fixtures.filter((f) => f.collection === collection)) {
            for (const draft of ['', ', draft: true']) {
              list.push(gql(who, headers, `query($id: String!) { ${single}(id: $id, locale: ${locale}${draft}) { ${fields} } }`, { id }))
            }
            for (const versionId of versionIds.slice(0, 2)) {
              list.push(gql(who, headers, `query($id: String!) { version${single}(id: $id, locale: ${locale}) { id version { ${versionFields(fields)} } } }`, { id: versionId }))
            }
            for (const slug of slugs.slice(0, 3)) {
              list.push(gql(who, headers, `query($slug: String!) { ${single}BySlug(slug: $slug, locale: ${locale}) { ${fields} } }`, { slug }))
            }
          }
        }
      }
    }
    expect(await run(list)).toEqual([])
  })

  it('sent at least 1,000 probes, none of them answered with a 5xx', () => {
    expect(probes).toBeGreaterThanOrEqual(1000)
    expect(serverErrors).toEqual([])
    console.info(`[draft leaks] ${probes} probes, ${serverErrors.length} server errors`)
  })
})
