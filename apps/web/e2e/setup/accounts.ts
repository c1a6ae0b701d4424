// The e2e CMS runs in production mode on an empty database, where the seed creates no account. The first
// account is registered as a new installation's first admin would be (it becomes admin), and that admin
// creates the editor the specs log in as: the same path a real installation takes, no back door.
import { randomBytes } from 'node:crypto'

export type Account = { email: string; password: string }

const newPassword = () => `${randomBytes(12).toString('base64url')}-Aa1`

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`[e2e] POST ${url} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** Logs an account in over REST and returns its JWT (for `Authorization: JWT …`). */
export async function login(cmsUrl: string, account: Account): Promise<string> {
  const { token } = await postJson<{ token: string }>(`${cmsUrl}/api/users/login`, account)
  return token
}

/** Registers the first (admin) account, then creates an editor with it; returns both and the admin's JWT. */
export async function createAccounts(cmsUrl: string): Promise<{ admin: Account; editor: Account; adminToken: string }> {
  const admin = { email: 'admin@e2e.stadtmacher.test', password: newPassword() }
  const { token } = await postJson<{ token: string }>(`${cmsUrl}/api/users/first-register`, { ...admin, name: 'E2E Admin' })
  const editor = { email: 'editor@e2e.stadtmacher.test', password: newPassword() }
  await postJson(`${cmsUrl}/api/users`, { ...editor, name: 'E2E Redaktion', role: 'editor' }, token)
  return { admin, editor, adminToken: token }
}

/**
 * A partner API key for the site's own CMS reads (NUXT_CMS_API_KEY), created by the admin as in production.
 * Takes the admin's JWT rather than logging in again: logins are limited to 10 a minute.
 */
export async function createSitePartner(cmsUrl: string, adminToken: string): Promise<string> {
  const apiKey = randomBytes(24).toString('hex')
  await postJson(`${cmsUrl}/api/partners`, { name: 'Stadtmacher website', contact: 'web@e2e.stadtmacher.test', active: true, enableAPIKey: true, apiKey }, adminToken)
  return apiKey
}
