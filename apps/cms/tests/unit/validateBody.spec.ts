import { describe, expect, it } from 'vitest'
import { validateBody } from '../../src/middleware/validateBody'

const post = (body: BodyInit | undefined, type?: string, extra: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/api/topics', { method: 'POST', body, headers: { ...(type ? { 'Content-Type': type } : {}), ...extra } })

describe('validateBody', () => {
  it('accepts a JSON object, an empty body and multipart form data', async () => {
    const form = new FormData()
    form.append('_payload', '{"name":"x"}')
    for (const request of [post('{"name":"x"}', 'application/json; charset=utf-8'), post(undefined), post(form)]) {
      expect(await validateBody(request)).toBeNull()
    }
  })

  it('accepts a form-encoded GET override', async () => {
    expect(await validateBody(post('where[slug][equals]=x', 'application/x-www-form-urlencoded', { 'X-Payload-HTTP-Method-Override': 'GET' }))).toBeNull()
  })

  it.each([
    [400, '{', 'application/json'],
    [400, 'null', 'application/json'],
    [400, '"text"', 'application/json'],
    [400, 'name=x', 'multipart/form-data; boundary=x'],
    [415, 'name=x', 'text/plain'],
    [415, 'name=x', 'application/x-www-form-urlencoded'],
  ])('answers %i to %s sent as %s', async (status, body, type) => {
    expect((await validateBody(post(body, type)))?.status).toBe(status)
  })
})
