// The client address and the account limits on the built servers: a CMS of its own with production's
// login limits, trusting two proxies (nginx connecting from 127.0.0.9, and the site on 127.0.0.1), and
// a site in front of it. Every other client connects from an address of its own in 127.0.0.0/8.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Account, createAccounts } from './setup/accounts'
import { type Answer, sendFrom } from './setup/fromAddress'
import { startNginx } from './setup/nginx'
import { freePort, type Server, startBuiltCms, startBuiltSite, stopServer, waitFor } from './setup/servers'

const proxyAddress = '127.0.0.9'
const anonymousLimit = 20

const count = (answers: Answer[]) => answers.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {})

describe('client address and account limits on the built CMS', () => {
  const servers: Server[] = []
  let dir: string
  let cmsUrl: string
  let siteUrl: string
  let proxyUrl: string
  let admin: Account
  let editor: Account

  const login = (from: string, email: string, password: string, options: { via?: string; forwardedFor?: string } = {}) =>
    sendFrom(from, `${options.via ?? cmsUrl}/api/users/login`, { method: 'POST', json: { email, password }, headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {} })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stadtmacher-e2e-limits-'))
    const [cmsPort, webPort] = [await freePort(), await freePort()]
    cmsUrl = `http://127.0.0.1:${cmsPort}`
    siteUrl = `http://127.0.0.1:${webPort}`
    const cms = startBuiltCms('limited CMS', {
      port: cmsPort,
      dir,
      env: {
        CMS_URL: cmsUrl,
        STADTMACHER_SEED: 'off',
        STADTMACHER_JOBS: 'off',
        TRUSTED_PROXIES: `127.0.0.1, ${proxyAddress}`,
        // Production's login limits (the defaults); a low anonymous limit for the site's pass-through.
        RATE_LIMIT_ANONYMOUS: String(anonymousLimit),
      },
    })
    servers.push(cms)
    await waitFor('the limited CMS', async () => (await fetch(`${cmsUrl}/api/users/me`)).ok, 120_000, cms)
    ;({ admin, editor } = await createAccounts(cmsUrl))
    const site = startBuiltSite('site of the limited CMS', { port: webPort, cmsUrl })
    servers.push(site)
    await waitFor('the site of the limited CMS', async () => (await fetch(`${siteUrl}/media/ready.png`)).status === 404, 60_000, site)
    const proxy = await startNginx(join(dir, 'nginx'), cmsUrl, proxyAddress)
    servers.push(proxy.server)
    proxyUrl = proxy.url
  })
  afterAll(() => {
    servers.forEach(stopServer)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('gives a client no fresh budget for each X-Forwarded-For it makes up', async () => {
    const answers: Answer[] = []
    for (let i = 0; i < 40; i++) answers.push(await login('127.0.0.2', 'nobody@example.test', 'wrong', { forwardedFor: `203.0.113.${i + 1}` }))
    console.info('[e2e] 40 wrong logins from one untrusted address, a new X-Forwarded-For each:', count(answers))
    expect(count(answers)).toEqual({ 401: 10, 429: 30 })
    expect(Number(answers.at(-1)?.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('counts the address nginx saw, behind nginx as a trusted proxy, whatever the client claimed', async () => {
    const answers: Answer[] = []
    for (let i = 0; i < 12; i++) answers.push(await login('127.0.0.3', 'nobody@example.test', 'wrong', { via: proxyUrl, forwardedFor: `203.0.113.${i + 1}` }))
    console.info('[e2e] 12 wrong logins through nginx from one address, a new X-Forwarded-For each:', count(answers))
    expect(count(answers)).toEqual({ 401: 10, 429: 2 })
    // Another client behind the same proxy has a budget of its own.
    expect((await login('127.0.0.4', 'nobody@example.test', 'wrong', { via: proxyUrl })).status).toBe(401)
  })

  it('lets an editor log in from their own address while a stranger guesses their password from many', async () => {
    const answers: Answer[] = []
    for (let host = 10; host < 15; host++) {
      for (let i = 0; i < 12; i++) answers.push(await login(`127.0.0.${host}`, editor.email, `guess-${i}`))
    }
    console.info('[e2e] 60 wrong passwords for the editor from 5 addresses:', count(answers))
    expect(count(answers)).toEqual({ 401: 50, 429: 10 })
    expect((await login('127.0.0.20', editor.email, editor.password)).status).toBe(200)
  })

  it('answers a reset request for an unknown address as one for an account, and limits them per address', async () => {
    const reset = (email: string) => sendFrom('127.0.0.30', `${cmsUrl}/api/users/forgot-password`, { method: 'POST', json: { email } })
    const timed = async (email: string) => {
      const start = performance.now()
      const answer = await reset(email)
      return { answer, ms: performance.now() - start }
    }
    const known = await timed(editor.email)
    const unknown = await timed('nobody@example.test')
    console.info(`[e2e] reset request answered in ${known.ms.toFixed(1)} ms for an account, ${unknown.ms.toFixed(1)} ms for an unknown address`)
    expect([known.answer.status, known.answer.body]).toEqual([200, unknown.answer.body])
    const more = [await reset(editor.email), await reset('nobody@example.test'), await reset(admin.email), await reset('x@example.test')]
    expect(more.map(({ status }) => status)).toEqual([200, 200, 200, 429])
  })

  it('refuses first registration alike for a taken and a new address once an admin exists, and limits it per address', async () => {
    const register = (email: string) => sendFrom('127.0.0.31', `${cmsUrl}/api/users/first-register`, { method: 'POST', json: { email, password: 'Secret-123456-Aa', name: 'X' } })
    const taken = await register(admin.email)
    const fresh = await register('fresh@example.test')
    expect(taken.status).toBe(403)
    expect([taken.status, taken.body]).toEqual([fresh.status, fresh.body])
    const more = [await register('a@example.test'), await register('b@example.test'), await register('c@example.test'), await register('d@example.test')]
    expect(more.map(({ status }) => status)).toEqual([403, 403, 403, 429])
  })

  it('has the site pass each reader’s address on to the CMS for media, and no address a reader made up', async () => {
    const media = (from: string, name: string, forwardedFor?: string) => sendFrom(from, `${siteUrl}/media/${name}.png`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })
    const answers: Answer[] = []
    for (let i = 0; i <= anonymousLimit; i++) answers.push(await media('127.0.0.40', `missing-${i}`, `203.0.113.${i + 1}`))
    console.info(`[e2e] ${anonymousLimit + 1} media requests through the site from one reader, a new X-Forwarded-For each:`, count(answers))
    expect(count(answers)).toEqual({ 404: anonymousLimit, 429: 1 })
    expect((await media('127.0.0.41', 'missing')).status).toBe(404)
  })
})
