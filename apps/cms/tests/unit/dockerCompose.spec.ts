// No Docker engine runs on the development machines, so this is the only check the stack gets before a
// server starts it: it reads docker-compose.yml, the Dockerfiles and .env.example as text.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  environment?: Record<string, string | number | boolean | null> | string[]
  env_file?: string | (string | { path: string })[]
  ports?: (string | number | { target?: number; published?: string | number })[]
  volumes?: (string | { source?: string; target?: string })[]
  depends_on?: string[] | Record<string, { condition?: string }>
  healthcheck?: { test?: string | string[] }
  entrypoint?: string | string[]
  deploy?: { replicas?: number }
  networks?: Record<string, { ipv4_address?: string }>
}
type Compose = { services?: Record<string, Service>; volumes?: Record<string, unknown> }

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')

const composeText = read('docker-compose.yml')
const compose = parse(composeText) as Compose
const builtServices = ['cms', 'web'] as const

function service(name: string): Service {
  const found = compose.services?.[name]
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`)
  return found
}

function environment(name: string): Record<string, string> {
  const env = service(name).environment ?? {}
  const entries = Array.isArray(env)
    ? env.map((line) => [line.split('=')[0] ?? '', line.slice(line.indexOf('=') + 1)])
    : Object.entries(env).map(([key, value]) => [key, String(value ?? '')])
  return Object.fromEntries(entries)
}

const envFiles = (name: string): string[] =>
  [service(name).env_file ?? []].flat().map((file) => (typeof file === 'string' ? file : file.path))

const healthcheck = (name: string): string => [service(name).healthcheck?.test ?? []].flat().join(' ')

function conditions(name: string): Record<string, string | undefined> {
  const dependsOn = service(name).depends_on ?? {}
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((dependency) => [dependency, undefined]))
  return Object.fromEntries(Object.entries(dependsOn).map(([dependency, { condition }]) => [dependency, condition]))
}

/** "published:target" for every published port, whatever syntax the file uses. */
function ports(name: string): string[] {
  return (service(name).ports ?? []).map((port) => {
    if (typeof port === 'object') return `${port.published}:${port.target}`
    const [target = '', published = target] = String(port).split(':').reverse()
    return `${published}:${target}`
  })
}

/** "source:target" for every mount. */
const mounts = (name: string): string[] =>
  (service(name).volumes ?? []).map((volume) => (typeof volume === 'string' ? volume.split(':').slice(0, 2).join(':') : `${volume.source}:${volume.target}`))

/** Variables compose substitutes from the shell or .env: ${NAME}, ${NAME:-default}, ${NAME:?error}, $NAME ($$ escapes). */
function interpolated(text: string): string[] {
  const names = [...text.matchAll(/(?<!\$)\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/g)].map((match) => match[1] ?? match[2] ?? '')
  return [...new Set(names)].sort()
}

function envExample(): Map<string, { value: string; comment: string | undefined }> {
  const lines = read('.env.example').split('\n')
  const variables = new Map<string, { value: string; comment: string | undefined }>()
  lines.forEach((line, index) => {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    const previous = lines[index - 1]
    if (match?.[1]) variables.set(match[1], { value: match[2] ?? '', comment: previous?.startsWith('#') ? previous : undefined })
  })
  return variables
}

function dockerfileOf(name: string): string {
  const build = service(name).build
  if (!build) throw new Error(`service "${name}" is not built from the repository`)
  const { context = '.', dockerfile = 'Dockerfile' } = typeof build === 'string' ? { context: build } : build
  return path.join(path.resolve(repoRoot, context), dockerfile)
}

/** The instructions of the last stage, the one the container runs. */
function runtimeStage(dockerfile: string): string[] {
  const instructions = dockerfile.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'))
  const lastFrom = instructions.findLastIndex((line) => /^FROM\s/i.test(line))
  return instructions.slice(lastFrom)
}

describe('docker-compose.yml', () => {
  it('runs MongoDB, Redis, an S3-compatible store, the CMS, the site and the load balancer', () => {
    expect(Object.keys(compose.services ?? {})).toEqual(expect.arrayContaining(['mongo', 'redis', 'minio', 'cms', 'web', 'lb']))
    expect(service('mongo').image).toMatch(/^mongo:8(\.|$)/)
    expect(service('redis').image).toMatch(/^redis:7(\.|$)/)
    expect(service('lb').image).toMatch(/^nginx:/)
  })

  it('runs two replicas each of the CMS and the site, sharing Redis', () => {
    for (const name of builtServices) {
      expect(service(name).deploy?.replicas, name).toBe(2)
      expect(environment(name).REDIS_URL, name).toBe('redis://redis:6379')
    }
    // Cache entries and counters have TTLs; the cache generations must not be evicted (docs/scaling.md).
    expect([service('redis').command ?? []].flat().join(' ')).toMatch(/--maxmemory-policy volatile-lru/)
    expect(healthcheck('redis')).toContain('ping')
  })

  it('runs MongoDB as a single-node replica set so transactions work', () => {
    const command = [service('mongo').command ?? []].flat().join(' ')
    expect(command).toMatch(/--replSet[ =]rs0\b/)
    expect(command).toContain('--bind_ip_all')
    expect(healthcheck('mongo')).toContain('rs.initiate(')
    expect(healthcheck('mongo')).toMatch(/_id: 'rs0'.*host: 'mongo:27017'/)
    // Healthy means writable: a secondary or an uninitiated node must fail the check.
    expect(healthcheck('mongo')).toMatch(/isWritablePrimary|PRIMARY/)
  })

  it('connects the CMS to the mongo service with a mongodb:// DATABASE_URI on that replica set', () => {
    const uri = new URL(environment('cms').DATABASE_URI ?? '')
    expect(uri.protocol).toBe('mongodb:')
    expect(uri.host).toBe('mongo:27017')
    expect(uri.pathname).toBe('/stadtmacher')
    const replicaSet = uri.searchParams.get('replicaSet')
    expect(replicaSet === 'rs0' || uri.searchParams.get('directConnection') === 'true').toBe(true)
  })

  it('runs the CMS in production with uploads in the S3 bucket on the media volume', () => {
    const env = environment('cms')
    expect(env.NODE_ENV).toBe('production')
    expect(env.S3_BUCKET).toBe('stadtmacher-media')
    expect(env.S3_ENDPOINT).toBe('http://minio:9000')
    expect(mounts('minio')).toContain('media:/data')
    expect(mounts('cms')).toEqual([])
    expect([service('minio-bucket').entrypoint ?? []].flat().join(' ')).toContain('mc mb --ignore-existing local/stadtmacher-media')
    expect(env.CMS_URL).toMatch(/^\$\{CMS_URL(:-https?:\/\/[^}]+)?\}$/)
    expect(env.WEB_URL).toMatch(/^\$\{WEB_URL(:-https?:\/\/[^}]+)?\}$/)
  })

  it('lets the site reach the CMS and the CMS the site through the balancer on the compose network', () => {
    expect(environment('web').NUXT_CMS_URL).toBe('http://lb:3000')
    expect(environment('cms').WEB_PURGE_URL).toBe('http://lb:3001')
    expect(environment('web').NUXT_PUBLIC_SITE_URL).toMatch(/^\$\{NUXT_PUBLIC_SITE_URL(:-https?:\/\/[^}]+)?\}$/)
  })

  it('takes secrets from .env and refuses to start without them', () => {
    expect(environment('cms').PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?[^}]+\}$/)
    expect(environment('web').NUXT_REVALIDATE_SECRET).toMatch(/^\$\{NUXT_REVALIDATE_SECRET:\?[^}]+\}$/)
    for (const name of builtServices) expect(envFiles(name)).toContain('.env')
    for (const name of Object.keys(compose.services ?? {})) {
      for (const [key, value] of Object.entries(environment(name))) {
        if (/SECRET|PASSWORD|TOKEN|API_KEY/.test(key)) expect(value, `${name}.${key}`).toMatch(/^\$\{[A-Z_]+(:\?[^}]*)?\}$/)
      }
    }
  })

  it('keeps MongoDB data and uploads in named volumes', () => {
    expect(Object.keys(compose.volumes ?? {})).toEqual(expect.arrayContaining(['mongo-data', 'media']))
    expect(mounts('mongo')).toContain('mongo-data:/data/db')
  })

  it('publishes only the balancer: the CMS on port 3000 and the site on port 3001', () => {
    expect(ports('lb')).toEqual(['3000:3000', '3001:3001'])
    for (const name of Object.keys(compose.services ?? {}).filter((name) => name !== 'lb')) expect(ports(name), name).toEqual([])
  })

  it('balances both apps over their replicas and trusts the balancer’s fixed address for client addresses', () => {
    const nginx = read('docker/nginx.conf')
    expect(mounts('lb')).toContain('./docker/nginx.conf:/etc/nginx/nginx.conf')
    expect(nginx).toMatch(/server cms:3000 resolve/)
    expect(nginx).toMatch(/server web:3001 resolve/)
    expect(nginx).toContain('proxy_next_upstream error timeout http_502 http_503 http_504;')
    expect(nginx).not.toContain('non_idempotent')
    expect(environment('cms').TRUSTED_PROXIES).toBe(service('lb').networks?.default?.ipv4_address)
  })

  it('starts each service only once the service it needs is healthy', () => {
    expect(conditions('cms')).toEqual({ mongo: 'service_healthy', redis: 'service_healthy', 'minio-bucket': 'service_completed_successfully' })
    expect(conditions('web')).toEqual({ cms: 'service_healthy', redis: 'service_healthy' })
    expect(conditions('lb')).toEqual({ cms: 'service_healthy', web: 'service_healthy' })
  })

  it('checks the health of the CMS and the site on their own ports', () => {
    expect(healthcheck('cms')).toMatch(/http:\/\/127\.0\.0\.1:3000\/(api\/users\/me|admin)\b/)
    expect(healthcheck('web')).toContain('http://127.0.0.1:3001/')
    // The runtime images are node:*-slim: no curl, no wget.
    for (const name of builtServices) expect(healthcheck(name)).not.toMatch(/\b(curl|wget)\b/)
  })
})

describe('.env.example', () => {
  const variables = envExample()

  it('defines every variable the compose file interpolates', () => {
    const referenced = interpolated(composeText)
    expect(referenced).toEqual(expect.arrayContaining(['PAYLOAD_SECRET', 'NUXT_REVALIDATE_SECRET']))
    expect(referenced.filter((name) => !variables.has(name))).toEqual([])
  })

  it('lists every variable the stack reads, each with a comment line', () => {
    const expected = ['DATABASE_URI', 'MONGODB_URI', 'PAYLOAD_SECRET', 'CMS_URL', 'WEB_URL', 'MEDIA_DIR', 'STADTMACHER_SEED', 'SEED_EDITOR_PASSWORD', 'NUXT_CMS_URL', 'NUXT_PUBLIC_SITE_URL', 'NUXT_REVALIDATE_SECRET']
    expect([...variables.keys()]).toEqual(expect.arrayContaining(expected))
    for (const [name, { comment }] of variables) expect(comment, name).toBeDefined()
  })

  it('leaves the secrets empty, so compose refuses to start until they are set', () => {
    expect(variables.get('PAYLOAD_SECRET')?.value).toBe('')
    expect(variables.get('NUXT_REVALIDATE_SECRET')?.value).toBe('')
  })
})

describe('Dockerfiles', () => {
  const manifest = JSON.parse(read('package.json')) as { packageManager: string; stadtmacher: { node: string } }
  const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '')
  // The images run the Node line that npm start and npm test bring (scripts/stadt.mjs).
  const nodeMajor = manifest.stadtmacher.node.split('.')[0]

  it.each(builtServices)('builds %s from the repository root with an existing Dockerfile', (name) => {
    const build = service(name).build
    expect(typeof build === 'object' && build.context).toBe('.')
    expect(existsSync(dockerfileOf(name))).toBe(true)
  })

  it.each(builtServices)('installs %s with the lockfile and the pinned pnpm, on the pinned Node line', (name) => {
    const dockerfile = readFileSync(dockerfileOf(name), 'utf8')
    expect(dockerfile).toContain(`npm i -g pnpm@${pnpmVersion}`)
    expect(dockerfile).toContain(`pnpm install --frozen-lockfile --filter @stadtmacher/${name}...`)
    for (const from of dockerfile.match(/^FROM\s+\S+/gim) ?? []) expect(from).toBe(`FROM node:${nodeMajor}-bookworm-slim`)
  })

  it.each(builtServices)('copies the dependency patches of %s before it installs', (name) => {
    const { pnpm } = JSON.parse(read('package.json')) as { pnpm?: { patchedDependencies?: Record<string, string> } }
    const patches = Object.values(pnpm?.patchedDependencies ?? {})
    const lines = readFileSync(dockerfileOf(name), 'utf8').split('\n')
    const install = lines.findIndex((line) => line.includes('pnpm install'))
    const copied = lines.findIndex((line) => /^COPY\s+patches\s+patches\s*$/.test(line))
    for (const patch of patches) expect(existsSync(path.join(repoRoot, patch)), patch).toBe(true)
    if (patches.length) expect(copied, 'COPY patches patches').toBeGreaterThan(-1)
    if (patches.length) expect(copied).toBeLessThan(install)
  })

  it.each(builtServices)('runs %s as a non-root user', (name) => {
    const users = runtimeStage(readFileSync(dockerfileOf(name), 'utf8')).filter((line) => /^USER\s/i.test(line))
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)?.split(/\s+/)[1]).not.toMatch(/^(root|0)(:|$)/)
  })

  it('keeps dependencies, local databases and .env out of the build context, but not the seed data', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim())
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '.env', 'apps/cms/data', '.tools', '.git']))
    // "**/data" would also drop apps/cms/src/seed/data, which the CMS build imports.
    expect(ignored.filter((line) => /^\*\*\/data\/?$/.test(line))).toEqual([])
  })
})
