// The reader site as production runs it: the Nitro server of the built output, pointed at one CMS.
import path from 'node:path'
import { freePort } from './ports'
import { startServer, type Server } from './processes'
import type { WebOutput } from './webOutput'

type WebOptions = { name: string; output: WebOutput; cmsUrl: string; workDir: string }

export async function startWeb({ name, output, cmsUrl, workDir }: WebOptions): Promise<Server> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    HOST: '127.0.0.1',
    PORT: String(port),
    NITRO_HOST: '127.0.0.1',
    NITRO_PORT: String(port),
    // runtimeConfig.cmsUrl in apps/web/nuxt.config.ts.
    NUXT_CMS_URL: cmsUrl,
    NUXT_PUBLIC_SITE_URL: url,
  }
  return startServer({ name, command: process.execPath, args: [output.entry], cwd: path.dirname(output.dir), env, url, readyPath: '/robots.txt', logFile: path.join(workDir, `${name}.log`) })
}
