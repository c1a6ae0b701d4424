import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { clientAddress, clientAddressHeader, parseTrustedProxies, type TrustedProxies } from '@stadtmacher/config/clientAddress'
import type { SanitizedConfig } from 'payload'
import { guardedHandlers } from '../../src/middleware/guardedHandlers'
import type { Limits } from '../../src/middleware/rateLimit'
import { startCms, type TestCms } from './payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS'

export type CmsServer = { url: string; close: () => Promise<void> }

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one)
  }
  return headers
}

async function readBody(message: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

type ServeOptions = { limits?: Partial<Limits>; trustedProxies?: TrustedProxies }

/**
 * The CMS's guarded route handlers behind a real HTTP server on 127.0.0.1 and a free port: a node:http
 * adapter standing in for Next's router (/api/graphql and /api/<slug...>), for clients that need a URL.
 * Like the CMS's own server (server/start.ts), it writes the client address from the socket and the
 * trusted proxies (none unless given) into the header the rate limits read.
 */
export async function serveCms(config: Promise<SanitizedConfig>, { limits, trustedProxies = parseTrustedProxies('') }: ServeOptions = {}): Promise<CmsServer> {
  const handlers = guardedHandlers(config, limits)
  const route = (request: Request, url: URL): Promise<Response> | Response => {
    if (url.pathname === '/api/graphql' && request.method === 'POST') return handlers.GRAPHQL(request)
    const method = request.method as Method
    if (!url.pathname.startsWith('/api/') || !(method in handlers)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }
  const server = createServer(async (message, reply) => {
    try {
      message.headers[clientAddressHeader] = clientAddress(message, trustedProxies)
      const url = new URL(message.url ?? '/', 'http://127.0.0.1')
      const hasBody = message.method !== 'GET' && message.method !== 'HEAD'
      const request = new Request(url, { method: message.method, headers: toHeaders(message.headers), body: hasBody ? await readBody(message) : undefined })
      const response = await route(request, url)
      const headers: Record<string, string | string[]> = Object.fromEntries(response.headers)
      if (response.headers.getSetCookie().length) headers['set-cookie'] = response.headers.getSetCookie()
      reply.writeHead(response.status, headers)
      reply.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      // Anything thrown here is a bug in a handler: make it loud in the test output, not a hang.
      console.error(error)
      reply.writeHead(500).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))) }
}

/** A CMS on a temporary database, served over HTTP. */
export async function startCmsServer(options?: ServeOptions): Promise<{ cms: TestCms; server: CmsServer; config: Promise<SanitizedConfig> }> {
  const cms = await startCms()
  // startCms imported the config already; this is the same module instance.
  const { default: config } = await import('../../src/payload.config')
  return { cms, server: await serveCms(config, options), config }
}
