// The CMS's HTTP server: Next's request handler behind a node:http server of our own, so that the rate
// limits count the client by the socket it connected from (docs/decisions/cmsServer.md says why Next
// alone cannot). `node server/start.ts [--dev] [--port 3000] [--hostname 127.0.0.1]`; the Docker image
// runs the same file bundled into the standalone output (package.json, build).
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { clientAddress, clientAddressHeader, parseTrustedProxies } from '@stadtmacher/config/clientAddress'

const { values: options } = parseArgs({ options: { dev: { type: 'boolean', default: false }, port: { type: 'string' }, hostname: { type: 'string' } } })
const dev = options.dev
const port = Number(options.port ?? process.env.PORT ?? 3000)
const hostname = options.hostname ?? process.env.HOSTNAME ?? '127.0.0.1'
// Source tree or standalone output alike, this file sits in apps/cms/server/.
const dir = path.resolve(import.meta.dirname, '..')

let trusted: ReturnType<typeof parseTrustedProxies>
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
} catch (error) {
  console.error(`[cms] ${(error as Error).message}`)
  process.exit(1)
}

// Set before Next is loaded, as `next start` does: the config and the collections read it on import.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
if (!dev) {
  // The config `next build` serialized, as Next's own standalone server passes it: no next.config.ts
  // (nor TypeScript) is needed at run time, and the standalone image has none.
  const { config } = JSON.parse(readFileSync(path.join(dir, '.next/required-server-files.json'), 'utf8')) as { config: unknown }
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
}

const { default: next } = await import('next')
const app = next({ dev, dir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer((request, response) => {
  // Always overwritten: a client that sends this header itself gains nothing.
  request.headers[clientAddressHeader] = clientAddress(request, trusted)
  void handle(request, response)
})
server.listen(port, hostname, () => console.info(`[cms] ready on http://${hostname}:${port}${dev ? ' (development)' : ''}`))

// Docker and the test suites stop the CMS with SIGTERM: answer what is in flight, then exit (at most 10 s).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
