// What the specs that drive the CMS admin share: the editor's one login per spec (the CMS limits logins),
// the session's JWT for REST calls as that editor, and a REST helper that fails loudly.
import type { Page } from 'playwright-core'
import { expect, inject } from 'vitest'

/** Generous: the production admin compiles nothing, but the first load on a busy machine is slow. */
export const adminTimeout = 90_000

/** Logs the editor in through the admin's own login form (the page must be on /admin/login). */
export async function logIn(page: Page) {
  const { email, password } = inject('editor')
  await page.locator('#field-email').fill(email, { timeout: adminTimeout })
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('/login'), { timeout: adminTimeout })
}

/** The admin session's JWT, for REST calls as the logged-in editor. */
export async function sessionToken(page: Page): Promise<string> {
  // The session cookie is Secure in production; Chromium keeps it on http://127.0.0.1 (a secure context).
  const cookie = (await page.context().cookies(inject('cmsUrl'))).find((entry) => entry.name === 'payload-token')
  expect(cookie?.secure).toBe(true)
  return cookie!.value
}

/** A CMS REST call as the editor; anything but 2xx throws with the CMS's answer. */
export async function cms<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${inject('cmsUrl')}/api/${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok) throw new Error(`[e2e] ${method} ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}
