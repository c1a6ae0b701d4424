import type { QueryError } from './validateQuery'

/**
 * Checks the body of a write before Payload parses it: Payload answers a JSON body that is not an
 * object, a multipart body it cannot parse and a body of another type with a 500. Empty bodies (logout,
 * refresh) pass; so does a form-encoded GET override (`X-Payload-HTTP-Method-Override: GET`).
 */
export async function validateBody(request: Request): Promise<(QueryError & { status: number }) | null> {
  const text = await request.clone().text()
  if (!text) return null
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'application/json') {
    try {
      const body: unknown = JSON.parse(text)
      if (typeof body === 'object' && body !== null) return null
    } catch {
      return { status: 400, field: 'body', message: 'The body is not valid JSON.' }
    }
    return { status: 400, field: 'body', message: 'The body must be a JSON object.' }
  }
  if (type === 'multipart/form-data') {
    try {
      await request.clone().formData()
      return null
    } catch {
      return { status: 400, field: 'body', message: 'The multipart body cannot be read.' }
    }
  }
  if (type === 'application/x-www-form-urlencoded' && request.headers.get('x-payload-http-method-override') === 'GET') return null
  return { status: 415, field: 'content-type', message: 'Send JSON (application/json) or, for uploads, multipart/form-data.' }
}
