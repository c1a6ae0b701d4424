// Two CMS and two site instances behind nginx, sharing Redis: what holds for one instance holds for the
// cluster. Each property fails when the shared state it needs is missing.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { locales, type Locale } from '@stadtmacher/domain/locales'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { type Cluster, startCluster } from './setup/cluster'

const limits = { anonymous: 40, loginFailures: 3 }
const publishes = 51

/** p-th percentile (0–100) of `values`. */
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN

describe('a cluster of two CMS and two site instances behind a load balancer', () => {
  let cluster: Cluster
  let dir = ''
  let profile = ''
  const slugs: Record<Locale, string> = { de: 'cluster-probe', en: 'cluster-probe-en', zh: 'cluster-probe-zh' }

  const asEditor = (init: RequestInit = {}) => ({ ...init, headers: { authorization: `JWT ${cluster.editorToken}`, 'content-type': 'application/json', ...init.headers } })
  const patchProfile = (cmsUrl: string, locale: Locale, data: Record<string, unknown>) =>
    fetch(`${cmsUrl}/api/terrain/${profile}?locale=${locale}`, asEditor({ method: 'PATCH', body: JSON.stringify({ ...data, _status: 'published' }) }))

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stadtmacher-cluster-'))
    cluster = await startCluster(dir, limits)
    const created = await fetch(
      `${cluster.balancer.urls.cms}/api/terrain?locale=de`,
      asEditor({ method: 'POST', body: JSON.stringify({ kind: 'essay', title: 'Cluster 0', teaser: 'Probe', slug: slugs.de, _status: 'published' }) }),
    )
    expect(created.status).toBe(201)
    profile = ((await created.json()) as { doc: { id: string } }).doc.id
    for (const locale of ['en', 'zh'] as const) expect((await patchProfile(cluster.balancer.urls.cms, locale, { title: 'Cluster 0', teaser: 'Probe', slug: slugs[locale] })).status).toBe(200)
  }, 300_000)
  afterAll(async () => {
    await cluster?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('shows a publish through either CMS instance on both site instances within a second', { timeout: 300_000 }, async () => {
    const delays: number[] = []
    for (let i = 1; i <= publishes; i++) {
      const locale = locales[i % locales.length] as Locale
      const path = sectionPath('terrain', locale, slugs[locale])
      // Both instances have the page cached before the change.
      for (const site of cluster.sites) for (let n = 0; n < 2; n++) expect((await fetch(`${site.url}${path}`)).status).toBe(200)
      const title = `Cluster ${i}`
      const response = await patchProfile(cluster.cms[i % 2]!.url, locale, { title })
      expect(response.status).toBe(200)
      const saved = Date.now()
      const seen = await Promise.all(
        cluster.sites.map(async (site) => {
          while (Date.now() - saved < 5_000) {
            if ((await (await fetch(`${site.url}${path}`)).text()).includes(title)) return Date.now() - saved
            await new Promise((resolve) => setTimeout(resolve, 10))
          }
          return Infinity
        }),
      )
      delays.push(Math.max(...seen))
    }
    console.info(`[cluster] publish to visible on both sites over ${publishes} publishes in ${locales.length} locales: p50 ${percentile(delays, 50)} ms, p95 ${percentile(delays, 95)} ms, p100 ${percentile(delays, 100)} ms`)
    expect(percentile(delays, 100)).toBeLessThanOrEqual(1_000)
  })

  it('lets one client through the anonymous limit once across both CMS instances', async () => {
    const statuses: number[] = []
    for (let i = 0; i < limits.anonymous + 10; i++) statuses.push((await fetch(`${cluster.balancer.urls.cms}/api/topics?limit=1`)).status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(limits.anonymous)
    expect(statuses.slice(limits.anonymous)).toEqual(Array(10).fill(429))
  })

  it('locks an account out on both instances after failed logins through the balancer', async () => {
    const login = (url: string, password: string) =>
      fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: cluster.editor.email, password }) })
    for (let i = 0; i < limits.loginFailures; i++) expect((await login(cluster.balancer.urls.cms, `wrong-${i}`)).status).toBe(401)
    for (const instance of cluster.cms) expect((await login(instance.url, cluster.editor.password)).status).toBe(429)
  })

  // Last: it kills an instance of each app.
  it('answers every reader and keeps every acknowledged write while one CMS and one site instance are killed', { timeout: 120_000 }, async () => {
    const pages = [...locales.map((locale) => sectionPath('terrain', locale, slugs[locale])), '/de', '/en', '/zh']
    const readers: number[] = []
    const acknowledged: string[] = []
    let running = true
    const read = async (worker: number) => {
      for (let n = 0; running; n++) {
        const response = await fetch(`${cluster.balancer.urls.site}${pages[(worker + n) % pages.length]}`).catch(() => null)
        readers.push(response?.status ?? 0)
        await response?.arrayBuffer()
      }
    }
    const write = async () => {
      for (let n = 0; running; n++) {
        const title = `Kill ${n}`
        const response = await fetch(
          `${cluster.balancer.urls.cms}/api/terrain?locale=de`,
          asEditor({ method: 'POST', body: JSON.stringify({ kind: 'event', title, teaser: 'Schreiblast', _status: 'published' }) }),
        ).catch(() => null)
        if (response?.status === 201) acknowledged.push(((await response.json()) as { doc: { id: string } }).doc.id)
        else await response?.arrayBuffer()
      }
    }
    const load = [...[0, 1, 2, 3].map(read), write()]
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    cluster.sites[1]!.kill()
    cluster.cms[1]!.kill()
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    running = false
    await Promise.all(load)
    const failed = readers.filter((status) => status !== 200)
    console.info(`[cluster] ${readers.length} reader requests and ${acknowledged.length} acknowledged writes while an instance of each app was killed; ${failed.length} failed reads`)
    expect(readers.length).toBeGreaterThan(100)
    expect(failed).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(5)
    for (const id of acknowledged) expect((await fetch(`${cluster.cms[0]!.url}/api/terrain/${id}?depth=0`, asEditor())).status).toBe(200)
  })
})
