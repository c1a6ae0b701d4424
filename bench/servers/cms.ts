// The CMS as production runs it: its own server (apps/cms/server/start.ts) on the built output, SQLite
// in production mode (the committed migrations run on start, nothing is pushed), a fresh random secret
// per run.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import path from 'node:path'
import { cmsNodeFlags, cmsServer } from '@stadtmacher/config/cmsNode'
import { cmsDir } from '../paths'
import { freePort } from './ports'
import { startServer, type Server } from './processes'

type CmsOptions = { name: string; databaseFile: string; workDir: string; countQueries?: boolean }

export async function startCms({ name, databaseFile, workDir, countQueries = false }: CmsOptions): Promise<Server> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URI: `file:${databaseFile}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_DIR: mkdtempSync(path.join(workDir, 'media-')),
    STADTMACHER_SEED: 'off',
    CMS_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
    STADTMACHER_COUNT_QUERIES: countQueries ? '1' : '',
    // The job runner polls every minute: a poll in the middle of a measurement would add queries to the
    // N+1 count and load to the figures. Nothing is scheduled in the bench data.
    STADTMACHER_JOBS: 'off',
    // The load comes from one address: the per-client limits (apps/cms/src/middleware/rateLimit.ts) would turn
    // the figures into a measurement of the limiter. 0 switches a limit off.
    RATE_LIMIT_ANONYMOUS: '0',
    RATE_LIMIT_PARTNER: '0',
    RATE_LIMIT_SESSION: '0',
  }
  return startServer({
    name,
    command: process.execPath,
    args: [...cmsNodeFlags, path.join(cmsDir, cmsServer), '--port', String(port), '--hostname', '127.0.0.1'],
    cwd: cmsDir,
    env,
    url,
    readyPath: '/api/partnerships?limit=1&depth=0',
    logFile: path.join(workDir, `${name}.log`),
  })
}
