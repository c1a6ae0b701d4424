import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CollectionConfig } from 'payload'
import { clientAddressHeader } from '@stadtmacher/config/clientAddress'
import type { Partner, Partnership, User } from '@stadtmacher/types'
import { createPartnership } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
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

  // The route handlers in-process, each request with the client address the CMS's server would have
  // resolved from its socket (built-server proofs of the address itself: apps/web/e2e/clientAddress.spec.ts).
  describe('failed logins', () => {
    const from = (address: string) => ({ [clientAddressHeader]: address })
    const limited = async () => apiClient((await import('../../src/payload.config')).default, { loginFailures: 10, loginFailuresDaily: 100 })
    const login = (client: Awaited<ReturnType<typeof limited>>, email: string, password: string, address: string) =>
      client.rest('POST', 'users/login', { body: { email, password }, headers: from(address) })
    const attempts = async (user: LoggedIn) => (await cms.payload.findByID({ collection: 'users', id: user.user.id, overrideAccess: true, showHiddenFields: true })) as User & { loginAttempts?: number }

    it('refuses the 11th wrong password for one account from one address with 429 before Payload sees it', async () => {
      const client = await limited()
      const victim = await createUser(cms.payload, 'editor')
      const statuses: number[] = []
      for (let i = 0; i < 40; i++) statuses.push((await login(client, victim.user.email, 'wrong', '198.51.100.20')).status)
      expect(statuses.filter((status) => status === 401)).toHaveLength(10)
      expect(statuses.slice(10).every((status) => status === 429)).toBe(true)
      expect((await attempts(victim)).loginAttempts).toBe(10)
    })

    it('lets the editor log in from their own address while a stranger fails from many', async () => {
      const client = await limited()
      const victim = await createUser(cms.payload, 'editor')
      const refused: number[] = []
      for (let host = 1; host <= 5; host++) {
        for (let i = 0; i < 12; i++) refused.push((await login(client, victim.user.email, `guess-${i}`, `203.0.113.${host}`)).status)
      }
      expect(refused.filter((status) => status === 401)).toHaveLength(50)
      expect(refused.filter((status) => status === 429)).toHaveLength(10)
      expect((await login(client, victim.user.email, victim.password, '198.51.100.30')).status).toBe(200)
      // Payload's own counter saw 50 failures, under its lock at 100, and the success reset it.
      expect((await attempts(victim)).loginAttempts).toBe(0)
    })

    it('forgets the failures of an account and address once a login there succeeds', async () => {
      const client = await limited()
      const user = await createUser(cms.payload, 'editor')
      for (let i = 0; i < 9; i++) await login(client, user.user.email, 'typo', '198.51.100.40')
      expect((await login(client, user.user.email, user.password, '198.51.100.40')).status).toBe(200)
      for (let i = 0; i < 9; i++) expect((await login(client, user.user.email, 'typo', '198.51.100.40')).status).toBe(401)
    })

    it('blocks an address for the day after 100 failures, whichever accounts it tried', async () => {
      const client = await limited()
      const statuses: number[] = []
      for (let i = 0; i < 101; i++) statuses.push((await login(client, `nobody-${i}@example.test`, 'x', '198.51.100.50')).status)
      expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true)
      const refused = await login(client, editor.user.email, editor.password, '198.51.100.50')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(23 * 60 * 60)
      expect((await login(client, editor.user.email, editor.password, '198.51.100.51')).status).toBe(200)
    })
  })

  describe('password resets and first registration', () => {
    const client = async (limits: Parameters<typeof apiClient>[1]) => apiClient((await import('../../src/payload.config')).default, limits)
    const post = (api: Awaited<ReturnType<typeof client>>, route: string, body: unknown, address = '198.51.100.60') =>
      api.rest('POST', `users/${route}`, { body, headers: { [clientAddressHeader]: address } })

    it('answers a reset request for an unknown address exactly as one for an account', async () => {
      const api = await client({})
      const known = await post(api, 'forgot-password', { email: editor.user.email })
      const unknown = await post(api, 'forgot-password', { email: 'nobody@example.test' })
      expect([known.status, known.body]).toEqual([unknown.status, unknown.body])
      expect(known.status).toBe(200)
      // Payload still does the reset, after the answer.
      await vi.waitFor(async () => {
        const user = (await cms.payload.findByID({ collection: 'users', id: editor.user.id, overrideAccess: true, showHiddenFields: true })) as User & { resetPasswordToken?: string }
        expect(user.resetPasswordToken).toBeTruthy()
      })
    })

    it('refuses a reset request without an e-mail address', async () => {
      expect((await post(await client({}), 'forgot-password', {})).status).toBe(400)
    })

    it.each([
      ['forgot-password', { forgotPassword: 3 }, { email: 'nobody@example.test' }],
      ['first-register', { firstRegister: 3 }, { email: 'new@example.test', password: 'Secret-123456', name: 'N' }],
    ] as const)('limits %s per address', async (route, limits, body) => {
      const api = await client(limits)
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) statuses.push((await post(api, route, body)).status)
      expect(statuses.slice(3)).toEqual([429, 429])
      expect(statuses.slice(0, 3).every((status) => status !== 429)).toBe(true)
      expect((await post(api, route, body, '198.51.100.61')).status).not.toBe(429)
    })

    it('answers a first registration the same for a taken and a new address once an admin exists', async () => {
      const api = await client({})
      const taken = await post(api, 'first-register', { email: editor.user.email, password: 'Secret-123456', name: 'X' })
      const fresh = await post(api, 'first-register', { email: 'fresh@example.test', password: 'Secret-123456', name: 'X' })
      expect(taken.status).toBe(403)
      expect([taken.status, taken.body]).toEqual([fresh.status, fresh.body])
    })
  })
})
