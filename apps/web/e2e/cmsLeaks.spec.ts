// The CMS's read paths, on the built CMS over HTTP, against every state of per-locale publishing: what an
// anonymous client, a partner key or a wrong key receives for a locale is exactly what is published there.
// The site's own pages, feeds and sitemaps are probed with the same canaries in draftLeaks.spec.ts.
import { randomBytes } from 'node:crypto'
import { locales } from '@stadtmacher/domain/locales'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createSitePartner, login } from './setup/accounts'
import { type CanaryCollection, type CanaryDoc, canaryWords, cmsWriter, createCanaries, removeCanaries } from './setup/canaries'

type Probe = {
  channel: string
  send: () => Promise<Response>
  /** The statuses it may answer: found, not found, or a filter refused by name. */
  status: number[]
  /** The answer must find no document at all. */
  empty?: boolean
}

const collections = ['partnerships', 'terrain', 'authors'] as const satisfies CanaryCollection[]

/** The localized text fields of each collection that a filter could probe for a draft's words. */
const textFields: Record<CanaryCollection, string[]> = {
  partnerships: ['slug', 'summary', 'links.label'],
  terrain: ['slug', 'title', 'teaser', 'period', 'body'],
  authors: ['role', 'biography'],
}

const graphqlNames: Record<CanaryCollection, { single: string; plural: string; fields: string }> = {
  partnerships: { single: 'Partnership', plural: 'Partnerships', fields: 'id title slug summary links { label url } _status' },
  terrain: { single: 'TerrainProfile', plural: 'TerrainProfiles', fields: 'id title teaser body slug period _status partnerships { title slug summary } authors { name role slug }' },
  authors: { single: 'Author', plural: 'Authors', fields: 'id name role biography slug _status' },
}

describe('draft and withdrawn locales through the CMS API', () => {
  const words = canaryWords()
  const leakPattern = new RegExp(`${words.marker}-|${words.secret}`, 'i')
  let token = ''
  let created: Awaited<ReturnType<typeof createCanaries>> | undefined
  const identities: Record<string, Record<string, string>> = { anonymous: {}, 'wrong key': { authorization: `partners API-Key ${randomBytes(24).toString('hex')}` } }
  const failures: string[] = []
  let sent = 0

  const docs = (collection?: CanaryCollection): CanaryDoc[] => (created?.docs ?? []).filter((doc) => !collection || doc.collection === collection)

  /** Sends the probes eight at a time for every identity; records leaks, 5xx answers and non-empty oracle answers. */
  async function run(probes: Probe[]): Promise<string[]> {
    const before = failures.length
    for (let i = 0; i < probes.length; i += 8) {
      await Promise.all(
        probes.slice(i, i + 8).map(async ({ channel, send, status, empty }) => {
          const response = await send()
          const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
          sent++
          // The search repeats the query it was asked; only its hits count.
          const { query: _echo, ...rest } = body
          if (leakPattern.test(JSON.stringify(rest))) failures.push(`leak: ${channel}`)
          if (!status.includes(response.status)) failures.push(`${response.status}: ${channel}`)
          // GraphQL answers a document it may not show as a 404 error; any other error means the probe asked nothing.
          const errors = Array.isArray(body.errors) ? (body.errors as { extensions?: { statusCode?: number } }[]) : []
          if (response.status === 200 && errors.some((error) => error.extensions?.statusCode !== 404)) failures.push(`errors ${JSON.stringify(errors).slice(0, 200)}: ${channel}`)
          const found = (body.totalDocs as number | undefined) ?? (body.docs as unknown[] | undefined)?.length
          if (empty && response.status === 200 && found !== 0) failures.push(`found ${found}: ${channel}`)
        }),
      )
    }
    return failures.slice(before)
  }

  const rest = (who: string, path: string, { status = [200], empty = false }: Partial<Pick<Probe, 'status' | 'empty'>> = {}): Probe => ({
    channel: `${who}: GET /api/${path}`,
    send: () => fetch(`${inject('cmsUrl')}/api/${path}`, { headers: identities[who] }),
    status,
    empty,
  })
  const graphql = (who: string, query: string, variables: Record<string, unknown> = {}): Probe => ({
    channel: `${who}: GraphQL ${query.slice(0, 140)} ${JSON.stringify(variables)}`,
    send: () => fetch(`${inject('cmsUrl')}/api/graphql`, { method: 'POST', headers: { ...identities[who], 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }),
    status: [200],
  })

  beforeAll(async () => {
    const cmsUrl = inject('cmsUrl')
    token = await login(cmsUrl, inject('editor'))
    const adminToken = await login(cmsUrl, inject('admin'))
    identities.partner = { authorization: `partners API-Key ${await createSitePartner(cmsUrl, adminToken)}` }
    created = await createCanaries(cmsWriter(cmsUrl, token), words)
  }, 240_000)

  afterAll(async () => {
    if (created) await removeCanaries(cmsWriter(inject('cmsUrl'), token), created)
  }, 120_000)

  it('has canaries in every state, where an editor sees them, so a miss below means something', async () => {
    expect(docs()).toHaveLength(30)
    for (const doc of docs()) {
      const response = await fetch(`${inject('cmsUrl')}/api/${doc.collection}/${doc.id}?draft=true&locale=all&depth=0`, { headers: { authorization: `JWT ${token}` } })
      expect(await response.text(), `${doc.collection} ${doc.id}`).toMatch(leakPattern)
    }
  })

  it('serves no draft or withdrawn locale in lists, whatever locale, fallback, draft flag or depth is asked for', { timeout: 300_000 }, async () => {
    const probes: Probe[] = []
    const variants = ['', 'draft=true', 'fallback-locale=de', 'fallback-locale=en', 'fallback-locale=zh', 'depth=2', 'draft=true&depth=2&fallback-locale=en', 'select[slug]=true&select[title]=true']
    for (const who of Object.keys(identities)) {
      for (const collection of collections) {
        for (const locale of [...locales, 'all']) {
          for (const variant of variants) probes.push(rest(who, `${collection}?locale=${locale}&limit=100&${variant}`))
        }
      }
    }
    expect(await run(probes)).toEqual([])
  })

  it('serves no draft or withdrawn locale read by id or by slug, with any fallback or draft flag', { timeout: 600_000 }, async () => {
    const probes: Probe[] = []
    for (const who of Object.keys(identities)) {
      for (const doc of docs()) {
        for (const locale of [...locales, 'all']) {
          for (const variant of ['', '&draft=true', '&fallback-locale=en', '&fallback-locale=zh', '&depth=2&draft=true']) {
            probes.push(rest(who, `${doc.collection}/${doc.id}?locale=${locale}${variant}`, { status: [200, 404] }))
          }
        }
        const slugs = [...doc.draftSlugs, ...Object.values(doc.published).map((published) => published.slug)]
        for (const slug of new Set(slugs)) {
          for (const locale of locales) {
            for (const variant of ['', '&draft=true', '&fallback-locale=en', '&depth=2']) probes.push(rest(who, `${doc.collection}/by-slug/${slug}?locale=${locale}${variant}`, { status: [200, 404] }))
          }
        }
      }
    }
    expect(await run(probes)).toEqual([])
  })

  it('matches no document by the text or status of a locale that is not published', { timeout: 300_000 }, async () => {
    const probes: Probe[] = []
    for (const who of Object.keys(identities)) {
      for (const collection of collections) {
        for (const field of textFields[collection]) {
          for (const target of locales) {
            for (const locale of [...locales, 'all']) {
              probes.push(rest(who, `${collection}?locale=${locale}&where[${field}.${target}][like]=${words.marker}`, { status: [200, 400], empty: true }))
              probes.push(rest(who, `${collection}/count?locale=${locale}&where[${field}.${target}][like]=${words.marker}`, { status: [200, 400], empty: true }))
            }
          }
          probes.push(rest(who, `${collection}?locale=all&where[${field}][like]=${words.marker}`, { status: [200, 400], empty: true }))
          probes.push(rest(who, `${collection}?locale=all&where[or][0][${field}][like]=${words.marker}&where[or][1][${field}][like]=${words.secret}`, { status: [200, 400], empty: true }))
        }
        for (const target of locales) {
          probes.push(rest(who, `${collection}?locale=all&where[_status.${target}][equals]=draft&where[slug][like]=${words.marker}`, { status: [200, 400], empty: true }))
        }
      }
    }
    expect(await run(probes)).toEqual([])
  })

  it('serves no draft or withdrawn locale over GraphQL, with draft: true or a fallback locale', { timeout: 300_000 }, async () => {
    const probes: Probe[] = []
    for (const who of Object.keys(identities)) {
      for (const collection of collections) {
        const { single, plural, fields } = graphqlNames[collection]
        // GraphQL has no locale=all in Payload 3.90: its locale enum lists the locales only.
        for (const locale of locales) {
          for (const extra of ['', ', draft: true', ', fallbackLocale: en', ', draft: true, fallbackLocale: zh']) {
            probes.push(graphql(who, `{ ${plural}(locale: ${locale}, limit: 100${extra}) { docs { ${fields} } } }`))
          }
          for (const doc of docs(collection)) {
            probes.push(graphql(who, `query($id: String!) { ${single}(id: $id, locale: ${locale}, draft: true, fallbackLocale: en) { ${fields} } }`, { id: doc.id }))
          }
        }
        for (const doc of docs(collection)) {
          for (const slug of doc.draftSlugs) {
            for (const locale of locales) probes.push(graphql(who, `query($slug: String!) { ${single}BySlug(slug: $slug, locale: ${locale}, fallbackLocale: en) { ${fields} } }`, { slug }))
          }
        }
      }
    }
    expect(await run(probes)).toEqual([])
  })

  it('finds no draft or withdrawn locale in the search', async () => {
    const probes: Probe[] = []
    for (const who of Object.keys(identities)) {
      for (const locale of locales) {
        for (const q of [words.marker, words.secret, `${words.marker} ${words.beacon}`]) probes.push(rest(who, `search?locale=${locale}&q=${encodeURIComponent(q)}`))
      }
    }
    expect(await run(probes)).toEqual([])
  })

  it('sent the probes, none answered with a 5xx', () => {
    console.info(`[cms leaks] ${sent} probes against ${docs().length} documents, ${failures.length} failures`)
    expect(sent).toBeGreaterThanOrEqual(3000)
    expect(failures).toEqual([])
  })
})
