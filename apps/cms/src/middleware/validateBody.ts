import type { FieldError } from './fieldError'

type BodyError = FieldError & { status: number }

const notJson: BodyError = { status: 400, field: 'body', message: 'The body is not valid JSON.' }
const notObject: BodyError = { status: 400, field: 'body', message: 'The body must be a JSON object.' }
const unreadableForm: BodyError = { status: 400, field: 'body', message: 'The multipart body cannot be read.' }
const wrongType: BodyError = { status: 415, field: 'content-type', message: 'Send JSON (application/json) or, for uploads, multipart/form-data.' }

function checkJson(text: string): BodyError | null {
  try {
    const body: unknown = JSON.parse(text)
    return typeof body === 'object' && body !== null ? null : notObject
  } catch {
    return notJson
  }
}

/**
 * Checks the body of a write before Payload parses it: Payload answers a JSON body that is not an
 * object, a multipart body it cannot parse and a body of another type with a 500. Empty bodies (logout,
 * refresh) pass; so does a form-encoded GET override (`X-Payload-HTTP-Method-Override: GET`).
 */
export async function validateBody(request: Request): Promise<BodyError | null> {
  if (!request.body) return null
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'multipart/form-data') return request.clone().formData().then(() => null, () => unreadableForm)
  const text = await request.clone().text()
  if (!text) return null
  if (type === 'application/json') return checkJson(text)
  if (type === 'application/x-www-form-urlencoded' && request.headers.get('x-payload-http-method-override') === 'GET') return null
  return wrongType
}
