// The production shape on one machine: Redis, nginx as the load balancer (round robin), two CMS instances on
// one SQLite file in WAL mode and two site instances, all built for production, on free loopback ports.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startLoadBalancer, type TestLoadBalancer } from '@stadtmacher/testing/loadBalancer'
import { startRedis, type TestRedis } from '@stadtmacher/testing/redis'
import { type Account, createAccounts, createSitePartner, login } from './accounts'
import { freePort, type Server, startBuiltCms, startBuiltSite, stopServer, waitFor } from './servers'

export type Instance = { name: string; url: string; server: Server; kill: () => void }

export type Cluster = {
  redis: TestRedis
  balancer: TestLoadBalancer<'cms' | 'site'>
  cms: Instance[]
  sites: Instance[]
  editor: Account
  editorToken: string
  /** The site's partner key (its rate-limit budget of its own). */
  siteKey: string
  stop: () => Promise<void>
}

export type ClusterLimits = { anonymous: number; loginFailures: number }

const kill = (server: Server) => () => {
  if (server.process.pid) process.kill(-server.process.pid, 'SIGKILL')
}

export async function startCluster(dir: string, limits: ClusterLimits): Promise<Cluster> {
  mkdirSync(dir, { recursive: true })
  const [cmsPorts, sitePorts] = [[await freePort(), await freePort()], [await freePort(), await freePort()]]
  const url = (port: number) => `http://127.0.0.1:${port}`
  const started: { stop: () => Promise<void> | void }[] = []
  const stop = async () => {
    for (const service of started.reverse()) await service.stop()
  }
  try {
    const redis = await startRedis()
    started.push(redis)
    const balancer = await startLoadBalancer(join(dir, 'nginx'), { cms: cmsPorts.map(url), site: sitePorts.map(url) })
    started.push(balancer)
    const secret = randomBytes(24).toString('hex')
    const revalidateSecret = randomBytes(16).toString('hex')
    const cmsEnv = {
      PAYLOAD_SECRET: secret,
      CMS_URL: balancer.urls.cms,
      WEB_URL: balancer.urls.site,
      REVALIDATE_SECRET: revalidateSecret,
      REDIS_URL: redis.url,
      TRUSTED_PROXIES: '127.0.0.1',
      STADTMACHER_SEED: 'off',
      RATE_LIMIT_ANONYMOUS: String(limits.anonymous),
      RATE_LIMIT_LOGIN_FAILURES: String(limits.loginFailures),
      RATE_LIMIT_PARTNER: '0',
      RATE_LIMIT_SESSION: '0',
      RATE_LIMIT_LOGIN: '0',
    }
    const cms: Instance[] = []
    // One after the other: the first applies the migrations to the shared file.
    for (const [index, port] of cmsPorts.entries()) {
      // A media folder each: what one instance has on its disk, the other does not.
      const server = startBuiltCms(`CMS ${index + 1}`, { port, dir, env: { ...cmsEnv, MEDIA_DIR: join(dir, `media-${index + 1}`) } })
      started.push({ stop: () => stopServer(server) })
      await waitFor(`CMS ${index + 1}`, async () => (await fetch(`${url(port)}/api/topics?limit=1`)).ok, 120_000, server)
      cms.push({ name: `CMS ${index + 1}`, url: url(port), server, kill: kill(server) })
    }
    const accounts = await createAccounts(balancer.urls.cms)
    const siteKey = await createSitePartner(balancer.urls.cms, accounts.adminToken)
    const sites: Instance[] = []
    for (const [index, port] of sitePorts.entries()) {
      const server = startBuiltSite(`site ${index + 1}`, {
        port,
        cmsUrl: balancer.urls.cms,
        env: { NUXT_REVALIDATE_SECRET: revalidateSecret, NUXT_CMS_API_KEY: siteKey, REDIS_URL: redis.url, NUXT_PUBLIC_SITE_URL: balancer.urls.site, NUXT_SITE_URL: balancer.urls.site },
      })
      started.push({ stop: () => stopServer(server) })
      sites.push({ name: `site ${index + 1}`, url: url(port), server, kill: kill(server) })
    }
    for (const site of sites) await waitFor(site.name, async () => (await fetch(`${site.url}/api/home?locale=de`)).ok, 60_000, site.server)
    const editorToken = await login(balancer.urls.cms, accounts.editor)
    return { redis, balancer, cms, sites, editor: accounts.editor, editorToken, siteKey, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
