import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CollectionConfig } from 'payload'
import type { Partner, Partnership } from '@stadtmacher/types'
import { createPartnership } from '../helpers/fixtures'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

const site = 'https://www.stadtmacher.test'
const cmsOrigin = 'https://cms.stadtmacher.test'

/** The Users collection as `next start` loads it: NODE_ENV=production when the module is evaluated. */
async function productionUsers(): Promise<CollectionConfig> {
  vi.stubEnv('NODE_ENV', 'production')
  vi.resetModules()
  try {
    return (await import('../../src/collections/Users')).Users
  } finally {
    vi.unstubAllEnvs()
    vi.resetModules()
  }
}

describe('auth', () => {
  let cms: TestCms
  let editor: LoggedIn
  let admin: LoggedIn
  let partner: Partner
  let published: Partnership
  const apiKey = crypto.randomUUID()
  const asPartner = { Authorization: `partners API-Key ${apiKey}` }

  beforeAll(async () => {
    // The config reads the origins when it is imported, inside startCms.
    process.env.WEB_URL = site
    process.env.CMS_URL = cmsOrigin
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    admin = await createUser(cms.payload, 'admin')
    partner = await cms.payload.create({ collection: 'partners', overrideAccess: true, data: { name: 'Partner', contact: 'p@example.test', active: true, enableAPIKey: true, apiKey } })
    published = await createPartnership(cms.payload, 'published')
  })
  afterAll(async () => {
    delete process.env.WEB_URL
    delete process.env.CMS_URL
    await cms?.close()
  })

  describe('session cookies', () => {
    it('are Secure, HttpOnly and SameSite=Lax when a user logs in in production', async () => {
      const users = cms.payload.collections.users.config
      const original = users.auth.cookies
      users.auth.cookies = { ...original, ...((await productionUsers()).auth as { cookies: typeof original }).cookies }
      try {
        const login = await cms.rest('POST', 'users/login', { body: { email: editor.user.email, password: editor.password } })
        expect(login.status).toBe(200)
        const cookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
        expect(cookie).toMatch(/;\s*Secure/i)
        expect(cookie).toMatch(/;\s*HttpOnly/i)
        expect(cookie).toMatch(/;\s*SameSite=Lax/i)
      } finally {
        users.auth.cookies = original
      }
    })

    it('are HttpOnly outside production too, and not Secure so that http://127.0.0.1 works', async () => {
      const login = await cms.rest('POST', 'users/login', { body: { email: editor.user.email, password: editor.password } })
      const cookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).not.toMatch(/;\s*Secure/i)
    })
  })

  describe('CSRF', () => {
    it('lists the site and the CMS as the only origins for cookie-authenticated requests', () => {
      expect(cms.payload.config.csrf).toEqual(expect.arrayContaining([site, cmsOrigin]))
      expect(cms.payload.config.csrf).not.toContain('*')
    })

    it('ignores a session cookie sent from another origin', async () => {
      const me = (origin: string) => cms.rest<{ user: unknown }>('GET', 'users/me', { headers: { Cookie: `payload-token=${editor.token}`, Origin: origin } })
      expect((await me(site)).body.user).toBeTruthy()
      expect((await me('https://evil.example')).body.user).toBeNull()
    })
  })

  describe('partner keys', () => {
    const writes = [
      ['POST', 'topics', { name: 'Von Partnern', slug: 'von-partnern' }],
      ['POST', 'cities', { name: 'X', country: 'DE', region: 'Y', coordinates: { latitude: 1, longitude: 1 } }],
      ['POST', 'terrain', { title: 'X', teaser: 'Y', kind: 'essay', slug: 'x' }],
      ['POST', 'authors', { name: 'X', slug: 'x' }],
      ['POST', 'users', { email: 'p@example.test', password: 'Secret-123456', name: 'P', role: 'admin' }],
      ['POST', 'partners', { name: 'Neu', contact: 'neu@example.test', active: true }],
      ['PATCH', 'partnerships/:id', { since: 1999 }],
      ['PATCH', 'partners/:me', { allowedOrigins: [{ origin: 'https://evil.example' }] }],
      ['DELETE', 'partnerships/:id', undefined],
      ['DELETE', 'partners/:me', undefined],
    ] as const

    it.each(writes)('cannot %s %s over REST', async (method, path, body) => {
      const { status } = await cms.rest(method, path.replace(':id', published.id).replace(':me', partner.id), { headers: asPartner, body })
      expect(status).toBe(403)
    })

    it.each([
      ['create', 'mutation { createTopic(data: { name: "X", slug: "x" }) { id } }'],
      ['update', `mutation { updatePartnership(id: ":id", data: { since: 1999 }) { id } }`],
      ['delete', `mutation { deletePartnership(id: ":id") { id } }`],
      ['update its own partner record', `mutation { updatePartner(id: ":me", data: { active: true, allowedOrigins: [{ origin: "https://evil.example" }] }) { id } }`],
    ])('cannot %s over GraphQL', async (_verb, mutation) => {
      const { body } = await cms.graphql(mutation.replace(':id', published.id).replace(':me', partner.id), {}, { headers: asPartner })
      expect(body.errors?.[0]?.message).toBeTruthy()
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true)
    })

    it('left the data as it was', async () => {
      const after = await cms.payload.findByID({ collection: 'partnerships', id: published.id, overrideAccess: true })
      expect(after.since).toBe(1990)
      const self = await cms.payload.findByID({ collection: 'partners', id: partner.id, overrideAccess: true })
      expect(self.allowedOrigins ?? []).toEqual([])
    })
  })

  describe('editors', () => {
    it('cannot change another user’s role, nor delete a user', async () => {
      const other = await createUser(cms.payload, 'editor')
      await cms.rest('PATCH', `users/${other.user.id}`, { token: editor.token, body: { role: 'admin' } })
      expect((await cms.payload.findByID({ collection: 'users', id: other.user.id, overrideAccess: true })).role).toBe('editor')
      expect((await cms.rest('DELETE', `users/${other.user.id}`, { token: editor.token })).status).toBe(403)
    })

    it('cannot make themselves admin over GraphQL', async () => {
      await cms.graphql(`mutation { updateUser(id: "${editor.user.id}", data: { role: admin }) { role } }`, {}, editor.token)
      expect((await cms.payload.findByID({ collection: 'users', id: editor.user.id, overrideAccess: true })).role).toBe('editor')
    })

    it('cannot create users or partner keys over GraphQL', async () => {
      const user = await cms.graphql('mutation { createUser(data: { email: "gql@example.test", password: "Secret-123456", name: "G", role: admin }) { id } }', {}, editor.token)
      expect(user.body.errors?.[0]?.message).toBeTruthy()
      expect((await cms.rest('POST', 'partners', { token: editor.token, body: { name: 'Neu', contact: 'n@example.test', enableAPIKey: true, apiKey: 'k' } })).status).toBe(403)
    })

    it('see only their own account', async () => {
      const { body } = await cms.rest<{ docs: { id: string }[] }>('GET', 'users?limit=100', { token: editor.token })
      expect(body.docs.map((u) => u.id)).toEqual([editor.user.id])
    })

    it('while admins may change roles', async () => {
      const other = await createUser(cms.payload, 'editor')
      expect((await cms.rest('PATCH', `users/${other.user.id}`, { token: admin.token, body: { role: 'admin' } })).status).toBe(200)
    })
  })
})
