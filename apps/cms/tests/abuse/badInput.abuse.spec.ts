import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedHandlers, maxJsonBody } from '../../src/middleware/guardedHandlers'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Bad = { label: string; method: Method; url: string; body?: string; headers?: Record<string, string>; as?: 'editor' | 'anonymous' }

const collections = ['partnerships', 'cities', 'terrain', 'authors', 'topics', 'media']
const injections = ["' OR 1=1--", '"; DROP TABLE partnerships; --', '{"$gt":""}', '$where', '<script>alert(1)</script>', '../../../etc/passwd', '%00', '\u0000', '${7*7}', '__proto__']
/** Percent-encodes a value; a lone surrogate cannot be encoded, so it becomes the raw bytes of one. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value)
  } catch {
    return '%ED%A0%80'
  }
}
const unicodeJunk = ['\uD800', '\uFFFF', '\u202Eevil', '🦜'.repeat(50), 'Z̴̢̛a̸l̷g̶o̵', '\u0007\u001b[31m']
const hugeNumbers = ['1e309', '99999999999999999999999', '-1', '-0.5', '1.5', 'NaN', 'Infinity', '0x10', ' 1', '１']

/** At least 500 requests that are wrong in ways clients really get wrong, or attackers try. */
function badRequests(): Bad[] {
  const bad: Bad[] = []
  const get = (label: string, url: string, extra: Partial<Bad> = {}) => bad.push({ label, method: 'GET', url, ...extra })
  for (const c of collections) {
    for (const n of hugeNumbers) {
      for (const p of ['limit', 'page', 'depth']) get(`${p}=${n}`, `${c}?${p}=${encodeURIComponent(n)}`)
    }
    for (const where of ['where[', 'where]=1', 'where[title]=x', 'where[title][equals][deep]=x', 'where[and]=x', 'where[or][0]=x', 'where=notjson', 'where[][equals]=x', 'where[title][]=x']) {
      get(`broken ${where}`, `${c}?${where}`)
    }
    for (const field of ['password', 'hash', 'salt', 'apiKey', 'nonexistent', 'title.de.x', '_status.x', 'id.x', ...injections]) {
      get(`unknown field ${field}`, `${c}?where[${encodeURIComponent(field)}][equals]=1`)
    }
    for (const operator of ['unknownop', 'regex', '$ne', '$where', 'near', 'within', 'intersects', ...injections.slice(0, 5)]) {
      get(`unknown operator ${operator}`, `${c}?where[id][${encodeURIComponent(operator)}]=1`)
    }
    for (const value of [...injections, ...unicodeJunk]) {
      get(`locale ${value}`, `${c}?locale=${encode(value)}`)
      get(`fallback-locale ${value}`, `${c}?fallback-locale=${encode(value)}`)
      get(`sort ${value}`, `${c}?sort=${encode(value)}`)
      get(`select ${value}`, `${c}?select[${encode(value)}]=true`)
    }
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '..%2F..%2Fpackage.json', '%00', "'%20OR%201%3D1--", 'x'.repeat(5000), '%E2%80%AE'.repeat(3)]) {
      get(`id ${id.slice(0, 20)}`, `${c}/${id}`)
    }
    get('deeply nested where', `${c}?where${'[and][0]'.repeat(60)}[id][equals]=1`)
    get('a query string of 20,000 characters', `${c}?where[title][equals]=${'a'.repeat(20_000)}`)
    get('depth with where', `${c}?depth=9&where[id][equals]=1`)
  }
  for (const file of ['..%2F..%2Fpackage.json', '..%2F..%2F..%2Fetc%2Fpasswd', '%2Fetc%2Fpasswd', 'nonexistent.png']) get(`media file ${file}`, `media/file/${file}`)
  for (const q of ['', ' ', 'x'.repeat(201)]) get(`search q "${q.slice(0, 5)}"`, `search?q=${encodeURIComponent(q)}&locale=de`)
  for (const [p, v] of [['locale', 'fr'], ['limit', '0'], ['limit', '21'], ['limit', 'abc'], ['type', 'users'], ['type', "partnerships,' OR 1=1"]]) {
    get(`search ${p}=${v}`, `search?q=Hamburg&${p}=${encodeURIComponent(v!)}`)
  }
  for (const c of ['partnerships', 'topics', 'cities']) {
    for (const body of ['{', '{"name":', 'null', '[]', '"string"', '{"name": "x",}', '\u0000', '<xml/>', 'name=x&since=1']) {
      bad.push({ label: `invalid JSON ${body}`, method: 'POST', url: `${c}?locale=de`, body, headers: { 'Content-Type': 'application/json' }, as: 'editor' })
    }
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/json; charset=utf-7']) {
      bad.push({ label: `content type ${type}`, method: 'POST', url: `${c}?locale=de`, body: 'name=x', headers: { 'Content-Type': type }, as: 'editor' })
    }
    const oversized = JSON.stringify({ name: 'x'.repeat(maxJsonBody + 1) })
    bad.push({ label: 'oversized JSON', method: 'POST', url: `${c}?locale=de`, body: oversized, headers: { 'Content-Type': 'application/json', 'Content-Length': String(oversized.length) }, as: 'editor' })
    bad.push({ label: 'oversized JSON without a length', method: 'POST', url: `${c}?locale=de`, body: oversized, headers: { 'Content-Type': 'application/json' }, as: 'editor' })
    bad.push({ label: 'anonymous write with junk', method: 'POST', url: `${c}?locale=de`, body: '{"name":', headers: { 'Content-Type': 'application/json' } })
    for (const id of ['..%2F..%2Fetc', 'not-an-id', "'%20OR%201=1"]) {
      bad.push({ label: `patch id ${id}`, method: 'PATCH', url: `${c}/${id}?locale=de`, body: '{"name":"x"}', headers: { 'Content-Type': 'application/json' }, as: 'editor' })
      bad.push({ label: `delete id ${id}`, method: 'DELETE', url: `${c}/${id}`, as: 'editor' })
    }
  }
  return bad
}

const graphqlBodies = [
  '{',
  'not json',
  JSON.stringify({ query: '{ Partnerships { docs { id } ' }),
  JSON.stringify({ query: '{ Partnerships { docs { password } } }' }),
  JSON.stringify({ query: '{ Nope }' }),
  JSON.stringify({ query: 'query($id: String!) { Partnership(id: $id) { id } }', variables: { id: 5 } }),
  JSON.stringify({ query: 'query($id: String!) { Partnership(id: $id) { id } }' }),
  JSON.stringify({ query: '{ Partnerships(limit: "x") { docs { id } } }' }),
  JSON.stringify({ query: '{ Partnerships(locale: fr) { docs { id } } }' }),
  JSON.stringify({ query: 'mutation { createTopic(data: { name: "x" }) { id } }' }),
  JSON.stringify({ query: `{ ${'a: __typename '.repeat(2000)} }` }),
  JSON.stringify({ variables: {} }),
  JSON.stringify([{ query: '{ Partnerships { docs { id } } }' }]),
  JSON.stringify({ query: 42 }),
]

const stackTrace = /\n\s+at |\bat [\w$.<>]+ \(|node_modules|\/work\/|file:\/\/|\.ts:\d+/

describe('bad input', () => {
  let cms: TestCms
  let editor: LoggedIn
  const outcomes: { label: string; status: number; text: string }[] = []

  beforeAll(async () => {
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
  })
  afterAll(async () => cms?.close())

  it('answers every malformed REST request with a 4xx and a message, never a 5xx or a stack trace', async () => {
    const requests = badRequests()
    expect(requests.length).toBeGreaterThanOrEqual(500)
    const failures: string[] = []
    for (const bad of requests) {
      const { status, body } = await cms.rest(bad.method, bad.url, { token: bad.as === 'editor' ? editor.token : undefined, body: bad.body, headers: bad.headers })
      const text = JSON.stringify(body)
      outcomes.push({ label: bad.label, status, text })
      const message = (body as { errors?: { message?: string }[] }).errors?.[0]?.message
      if (status < 400 || status >= 500 || !message || stackTrace.test(text)) failures.push(`${bad.method} ${bad.url.slice(0, 100)} (${bad.label.slice(0, 40)}) → ${status} ${text.slice(0, 160)}`)
    }
    expect(failures).toEqual([])
  })

  it('answers malformed GraphQL with errors that carry a message, never a 5xx or a stack trace', async () => {
    const failures: string[] = []
    const { default: config } = await import('../../src/payload.config')
    const { GRAPHQL } = guardedHandlers(config)
    for (const body of graphqlBodies) {
      const response = await GRAPHQL(new Request('http://127.0.0.1:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }))
      const text = await response.text()
      outcomes.push({ label: `graphql ${body.slice(0, 30)}`, status: response.status, text })
      const hasMessage = /"message":"[^"]+"/.test(text)
      if (response.status >= 500 || !hasMessage || stackTrace.test(text)) failures.push(`${body.slice(0, 80)} → ${response.status} ${text.slice(0, 160)}`)
    }
    expect(failures).toEqual([])
    console.info(`[bad input] ${outcomes.length} requests, ${outcomes.filter((o) => o.status >= 500).length} answered 5xx`)
  })
})
