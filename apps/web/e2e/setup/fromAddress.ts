// Requests from a chosen client address. On Linux the whole of 127.0.0.0/8 is loopback: a socket bound
// to 127.0.0.2 reaches a server on 127.0.0.1, which sees 127.0.0.2 as its peer, a client of its own.
import { type IncomingHttpHeaders, request } from 'node:http'

export type Answer = { status: number; body: string; headers: IncomingHttpHeaders }

type Options = { method?: string; headers?: Record<string, string>; json?: unknown }

/** Sends one request over a new connection from `localAddress` and reads the whole answer. */
export function sendFrom(localAddress: string, url: string, { method = 'GET', headers = {}, json }: Options = {}): Promise<Answer> {
  const body = json === undefined ? undefined : JSON.stringify(json)
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, localAddress, agent: false, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } }, (incoming) => {
      let text = ''
      incoming.setEncoding('utf8')
      incoming.on('data', (chunk: string) => (text += chunk))
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text, headers: incoming.headers }))
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}
