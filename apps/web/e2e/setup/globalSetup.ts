// Boots the built CMS on a fresh SQLite database (seeded on first start) and the built site, both on free
// ports, for the whole e2e run; stops both afterwards.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { type Account, createAccounts, createSitePartner } from './accounts'
import { cmsDir, freePort, type Server, startBuiltCms, startBuiltSite, stopServer, waitFor, webDir } from './servers'


declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    cmsUrl: string
    cmsPid: number
    revalidateSecret: string
    /** Everything the site has written to stdout and stderr so far. */
    siteLog: string
    /** A CMS editor account (and the admin that created it), for specs that write through the CMS. */
    editor: Account
    admin: Account
  }
}

export default async function setup(project: TestProject) {
  for (const [what, path] of [['CMS', join(cmsDir, '.next/BUILD_ID')], ['site', join(webDir, '.output/server/index.mjs')]] as const) {
    if (!existsSync(path)) throw new Error(`[e2e] the ${what} is not built (${path}); run \`pnpm build\` first`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'stadtmacher-e2e-'))
  const [cmsPort, webPort] = [await freePort(), await freePort()]
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const siteUrl = `http://127.0.0.1:${webPort}`
  const revalidateSecret = randomBytes(16).toString('hex')
  const siteLog = join(dir, 'site.log')
  const servers: Server[] = []
  let accounts: Awaited<ReturnType<typeof createAccounts>>

  const cms = startBuiltCms('CMS', {
    port: cmsPort,
    dir,
    env: {
      // The admin's own writes carry this Origin: Payload's CSRF check accepts the session cookie only from it.
      CMS_URL: cmsUrl,
      WEB_URL: siteUrl,
      REVALIDATE_SECRET: revalidateSecret,
      // The leak specs send thousands of uncached requests a minute, as readers behind a cache never do:
      // the site's key and the specs' own address get budgets that hold them (the limits have tests of their own).
      RATE_LIMIT_PARTNER: '30000',
      RATE_LIMIT_ANONYMOUS: '30000',
    },
  })
  servers.push(cms)
  const teardown = () => {
    servers.forEach(stopServer)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    // The first request seeds the empty database; done when every partnership and TERRAIN profile is there.
    await waitFor(
      'the CMS seed',
      async () => {
        const [partnerships, terrain] = await Promise.all(
          ['partnerships', 'terrain'].map((collection) => fetch(`${cmsUrl}/api/${collection}?limit=1&depth=0`).then((response) => response.json() as Promise<{ totalDocs?: number }>)),
        )
        return (partnerships?.totalDocs ?? 0) >= 50 && (terrain?.totalDocs ?? 0) >= 7
      },
      300_000,
      cms,
    )
    accounts = await createAccounts(cmsUrl)
    // The site reads with a partner key, as in production (its own rate-limit budget).
    const siteKey = await createSitePartner(cmsUrl, accounts.adminToken)
    const web = startBuiltSite('site', { port: webPort, cmsUrl, logFile: siteLog, env: { NUXT_REVALIDATE_SECRET: revalidateSecret, NUXT_CMS_API_KEY: siteKey } })
    servers.push(web)
    await waitFor('the site', async () => (await fetch(`${siteUrl}/api/home?locale=de`)).ok, 60_000, web)
  } catch (error) {
    teardown()
    throw error
  }

  project.provide('siteUrl', siteUrl)
  project.provide('cmsUrl', cmsUrl)
  project.provide('cmsPid', cms.process.pid ?? 0)
  project.provide('revalidateSecret', revalidateSecret)
  project.provide('siteLog', siteLog)
  project.provide('editor', accounts.editor)
  project.provide('admin', accounts.admin)
  return teardown
}
