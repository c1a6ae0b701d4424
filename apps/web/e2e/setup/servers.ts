// Starting and stopping the built CMS and the built site on free 127.0.0.1 ports.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { cmsNodeFlags, cmsServer } from '@stadtmacher/config/cmsNode'

export const webDir = resolve(import.meta.dirname, '../..')
export const cmsDir = resolve(webDir, '../cms')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type Server = { process: ChildProcess; output: () => string }

/** `logFile`: also keep everything the server writes in this file, for specs that check what it logs. */
export function startServer(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string }): Server {
  let output = ''
  // detached: the server gets its own process group, so stopping it also stops the children it spawns.
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
    if (options.logFile) appendFileSync(options.logFile, chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  child.on('exit', (code) => {
    if (code) console.warn(`[e2e] ${name} exited with ${code}\n${output.slice(-3000)}`)
  })
  return { process: child, output: () => output }
}

export function stopServer(server: Server | undefined) {
  const pid = server?.process.pid
  if (!pid || server.process.exitCode !== null) return
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

/** Polls `check` until it resolves true, or fails after `timeoutMs` with the server's output. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, server?: Server) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server && server.process.exitCode !== null) break
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`[e2e] timed out waiting for ${what}\n${server?.output().slice(-3000) ?? ''}`)
}

/**
 * The built CMS through its own server, in production mode, on a SQLite file and media folder in `dir`
 * and a secret of its own; `env` adds to or overrides that.
 */
export function startBuiltCms(name: string, { port, dir, env = {} }: { port: number; dir: string; env?: NodeJS.ProcessEnv }): Server {
  return startServer(name, process.execPath, [...cmsNodeFlags, join(cmsDir, cmsServer), '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env: {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${join(dir, 'cms.db')}`,
      MEDIA_DIR: join(dir, 'media'),
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  })
}

/** The built site on `port`, reading the CMS at `cmsUrl`; `env` adds to that. */
export function startBuiltSite(name: string, { port, cmsUrl, env = {}, logFile }: { port: number; cmsUrl: string; env?: NodeJS.ProcessEnv; logFile?: string }): Server {
  const siteUrl = `http://127.0.0.1:${port}`
  return startServer(name, process.execPath, [join(webDir, '.output/server/index.mjs')], {
    cwd: webDir,
    logFile,
    env: { PORT: String(port), HOST: '127.0.0.1', NUXT_CMS_URL: cmsUrl, NUXT_PUBLIC_CMS_ORIGIN: cmsUrl, NUXT_PUBLIC_SITE_URL: siteUrl, NUXT_SITE_URL: siteUrl, ...env },
  })
}
