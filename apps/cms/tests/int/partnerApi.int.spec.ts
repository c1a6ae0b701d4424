import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { clientAddressHeader } from '@stadtmacher/config/clientAddress'
import type { Partner, Partnership } from '@stadtmacher/types'
import { createPartnership } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

type Docs<T> = { docs: T[]; totalDocs: number }
const partnerOrigin = 'https://www.partner-stadt.example'

describe('partner API', () => {
  let cms: TestCms
  let editor: LoggedIn
  let admin: LoggedIn
  let partner: Partner
  let apiKey: string
  let draft: Partnership
  let published: Partnership
  const asPartner = (key = apiKey) => ({ Authorization: `partners API-Key ${key}` })

  beforeAll(async () => {
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    admin = await createUser(cms.payload, 'admin')
    apiKey = crypto.randomUUID()
    partner = await cms.payload.create({
      collection: 'partners',
      overrideAccess: true,
      data: { name: 'Partnerstadt', contact: 'web@partner-stadt.example', active: true, enableAPIKey: true, apiKey, allowedOrigins: [{ origin: partnerOrigin }] },
    })
    draft = await createPartnership(cms.payload, 'draft')
    published = await createPartnership(cms.payload, 'published')
  })
  afterAll(async () => cms?.close())

  describe('API keys', () => {
    it('authenticates a partner by its key', async () => {
      const { body } = await cms.rest<{ user: { id: string } | null }>('GET', 'partners/me', { headers: asPartner() })
      expect(body.user?.id).toBe(partner.id)
    })

    it('reads published content with a key, and never drafts, over REST and GraphQL', async () => {
      const list = await cms.rest<Docs<Partnership>>('GET', 'partnerships?draft=true&limit=100', { headers: asPartner() })
      const ids = list.body.docs.map((doc) => doc.id)
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(draft.id)
      expect((await cms.rest('GET', `partnerships/${draft.id}?draft=true`, { headers: asPartner() })).status).toBe(404)
      const gql = await cms.graphql<{ Partnership: unknown }>('query($id: String!) { Partnership(id: $id, draft: true) { id } }', { id: draft.id }, { headers: asPartner() })
      expect(gql.body.data?.Partnership ?? null).toBeNull()
    })

    it.each([
      ['create', 'POST', 'topics', { name: 'Von Partnern' }],
      ['update', 'PATCH', 'partnerships/:id', { since: 1999 }],
      ['delete', 'DELETE', 'partnerships/:id', undefined],
    ] as const)('refuses to %s with a key', async (_verb, method, path, body) => {
      const { status } = await cms.rest(method, path.replace(':id', published.id), { headers: asPartner(), body })
      expect(status).toBe(403)
    })

    it('stops accepting a key once the partner is made inactive', async () => {
      const revokedKey = crypto.randomUUID()
      const revoked = await cms.payload.create({
        collection: 'partners',
        overrideAccess: true,
        data: { name: 'Ehemalig', contact: 'alt@example.test', active: true, enableAPIKey: true, apiKey: revokedKey },
      })
      const before = await cms.rest<{ user: unknown }>('GET', 'partners/me', { headers: asPartner(revokedKey) })
      expect(before.body.user).toBeTruthy()
      await cms.payload.update({ collection: 'partners', id: revoked.id, overrideAccess: true, data: { active: false } })
      const after = await cms.rest<{ user: unknown }>('GET', 'partners/me', { headers: asPartner(revokedKey) })
      expect(after.body.user).toBeNull()
    })
  })

  describe('CORS', () => {
    const preflight = (origin: string) =>
      cms.rest('GET', 'partnerships?limit=1', { headers: { Origin: origin } }).then((response) => response.headers.get('access-control-allow-origin'))

    it('allows browsers on an active partner’s origin', async () => {
      expect(await preflight(partnerOrigin)).toBe(partnerOrigin)
    })

    it('does not allow other origins', async () => {
      expect(await preflight('https://evil.example')).toBeNull()
    })
  })

  describe('request limits', () => {
    it.each([
      ['limit', 'partnerships?limit=101'],
      ['limit', 'partnerships?limit=-1'],
      ['depth', 'partnerships?depth=4'],
      ['page', 'partnerships?page=0'],
      ['locale', 'partnerships?locale=fr'],
      ['fallback-locale', 'partnerships?fallback-locale=xx'],
    ])('answers a bad %s with a 400 naming it', async (field, url) => {
      const { status, body } = await cms.rest<{ errors: { field: string; message: string }[] }>('GET', url)
      expect(status).toBe(400)
      expect(body.errors[0]?.field).toBe(field)
      expect(body.errors[0]?.message).toContain(field)
    })

    it('accepts 100 documents per page', async () => {
      expect((await cms.rest('GET', 'partnerships?limit=100')).status).toBe(200)
    })

    it('limits anonymous clients per address and partners per key, with 429 and Retry-After', async () => {
      const { default: config } = await import('../../src/payload.config')
      const limited = apiClient(config, { anonymous: 2, partner: 3 })
      // The header the CMS's server writes from the socket (route handlers called in-process have none).
      const fromAddress = { [clientAddressHeader]: '203.0.113.9' }
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await limited.rest('GET', 'topics?limit=1', { headers: fromAddress })).status)
      expect(statuses).toEqual([200, 200, 429])
      const refused = await limited.rest<{ errors: { message: string }[] }>('GET', 'topics?limit=1', { headers: fromAddress })
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.body.errors[0]?.message).toMatch(/Too many requests/)
      // Another address and a partner key still get through.
      expect((await limited.rest('GET', 'topics?limit=1', { headers: { [clientAddressHeader]: '203.0.113.10' } })).status).toBe(200)
      expect((await limited.rest('GET', 'topics?limit=1', { headers: { ...fromAddress, ...asPartner() } })).status).toBe(200)
    })
  })

  it('limits login attempts per address before any password is checked', async () => {
    const { default: config } = await import('../../src/payload.config')
    const limited = apiClient(config, { login: 2 })
    const attempt = () => limited.rest('POST', 'users/login', { body: { email: 'nobody@example.test', password: 'x' }, headers: { [clientAddressHeader]: '198.51.100.7' } })
    expect([(await attempt()).status, (await attempt()).status, (await attempt()).status]).toEqual([401, 401, 429])
  })

  describe('caching', () => {
    it('sends Cache-Control and an ETag on public reads, and 304 for a matching If-None-Match', async () => {
      const first = await cms.rest('GET', `partnerships/${published.id}?locale=de`)
      const etag = first.headers.get('etag')
      expect(first.headers.get('cache-control')).toMatch(/public/)
      expect(etag).toMatch(/^".+"$/)
      const second = await cms.rest('GET', `partnerships/${published.id}?locale=de`, { headers: { 'If-None-Match': etag ?? '' } })
      expect(second.status).toBe(304)
    })

    it('marks answers for logged-in users as private', async () => {
      const { headers } = await cms.rest('GET', `partnerships/${published.id}`, { token: editor.token })
      expect(headers.get('cache-control')).toMatch(/private/)
    })
  })

  describe('GraphQL limits', () => {
    it('answers a query six levels deep and refuses one seven levels deep', async () => {
      const sixLevels = '{ TerrainProfiles { docs { authors { portrait { sizes { card { url } } } } } } }'
      expect((await cms.graphql(sixLevels)).body.errors).toBeUndefined()
      const sevenLevels = '{ versionsTerrainProfiles { docs { version { authors { portrait { sizes { card { url } } } } } } } }'
      const refused = await cms.graphql(sevenLevels)
      expect(refused.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 6/)
    })

    it('answers introspection in development and refuses it in production', async () => {
      const introspection = '{ __schema { queryType { name } } }'
      expect((await cms.graphql(introspection)).body.errors).toBeUndefined()
      vi.stubEnv('NODE_ENV', 'production')
      try {
        expect((await cms.graphql(introspection)).body.errors?.[0]?.message).toMatch(/introspection is not allowed/)
      } finally {
        vi.unstubAllEnvs()
      }
    })

    it('refuses a query above the complexity limit', async () => {
      const fields = Array.from({ length: 300 }, (_, i) => `f${i}: Partnerships(limit: 100) { docs { id title germanCity { name } } }`).join(' ')
      const { body } = await cms.graphql(`{ ${fields} }`)
      expect(body.errors?.[0]?.message).toMatch(/complexity/i)
    })
  })

  describe('accounts', () => {
    it('keeps Payload’s lockout as the last line: 100 wrong passwords lock an account until an admin unlocks it', async () => {
      const victim = await createUser(cms.payload, 'editor')
      const login = (password: string) => cms.rest<{ errors: { message: string }[] }>('POST', 'users/login', { body: { email: victim.user.email, password } })
      for (let i = 0; i < 100; i++) expect((await login('wrong-password')).status).toBe(401)
      const locked = await login(victim.password)
      expect(locked.status).toBe(401)
      expect(JSON.stringify(locked.body)).toMatch(/locked|gesperrt/i)
      // Only admins may unlock (docs/login.md): an editor's token is refused.
      expect((await cms.rest('POST', 'users/unlock', { token: editor.token, body: { email: victim.user.email } })).status).toBe(403)
      expect((await cms.rest('POST', 'users/unlock', { token: admin.token, body: { email: victim.user.email } })).status).toBe(200)
      expect((await login(victim.password)).status).toBe(200)
    })

    it('refuses an editor who creates users or changes a role', async () => {
      const created = await cms.rest('POST', 'users', { token: editor.token, body: { email: 'neu@example.test', password: 'x-Secret-123', name: 'Neu', role: 'admin' } })
      expect(created.status).toBe(403)
      await cms.rest('PATCH', `users/${editor.user.id}`, { token: editor.token, body: { role: 'admin' } })
      const self = await cms.payload.findByID({ collection: 'users', id: editor.user.id, overrideAccess: true })
      expect(self.role).toBe('editor')
    })
  })
})
