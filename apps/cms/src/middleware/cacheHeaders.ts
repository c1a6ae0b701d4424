import { createHash } from 'node:crypto'

const publicCache = 'public, max-age=60, stale-while-revalidate=300'

const isPersonal = (request: Request) =>
  Boolean(request.headers.get('authorization')) || /payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Adds Cache-Control and a strong ETag to a successful GET and answers a matching If-None-Match with
 * 304. Answers that depend on who asks (a session or a key) are private and never stored by caches.
 */
export async function withCacheHeaders(request: Request, response: Response): Promise<Response> {
  if (request.method !== 'GET' || response.status !== 200) return response
  const body = await response.arrayBuffer()
  const etag = `"${createHash('sha1').update(new Uint8Array(body)).digest('base64url')}"`
  const headers = new Headers(response.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', isPersonal(request) ? 'private, no-cache' : publicCache)
  headers.append('Vary', 'Authorization, Cookie')
  const matches = request.headers.get('if-none-match')?.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  if (matches?.includes(etag) || matches?.includes('*')) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers })
}
