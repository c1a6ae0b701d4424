import { compileErrors, dereference, validate } from '@readme/openapi-parser'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '@stadtmacher/domain/locales'
import type { TestCms } from '../helpers/payload'
import { startSeededCms } from '../helpers/seeded'

type Operation = { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: object }> }> }
type OpenApi = { openapi: string; paths: Record<string, { get: Operation }> }
type Docs = { docs: { id: string; slug?: string }[] }

describe('OpenAPI description', () => {
  let cms: TestCms
  let spec: OpenApi
  let resolved: OpenApi
  const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { 'date-time': (value: string) => !Number.isNaN(Date.parse(value)) } })
  const okSchema = (template: string) => resolved.paths[template]?.get.responses['200']?.content?.['application/json']?.schema ?? false

  /** Fetches a path and checks the answer against the 200 schema of its path template. */
  async function conforms(template: string, path = template, query = '') {
    const { status, body } = await cms.rest('GET', `${path.slice(1)}?${query}`)
    const check = ajv.compile(okSchema(template))
    return { status, valid: check(body), errors: ajv.errorsText(check.errors) }
  }
  const conforming = { status: 200, valid: true, errors: 'No errors' }

  beforeAll(async () => {
    cms = await startSeededCms()
    spec = (await cms.rest<OpenApi>('GET', 'openapi.json')).body
    resolved = (await dereference(structuredClone(spec) as never)) as unknown as OpenApi
  })
  afterAll(async () => cms?.close())

  it('is served at /api/openapi.json and is a valid OpenAPI 3.1 document', async () => {
    expect(spec.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(spec) as never)
    expect(result.valid ? '' : compileErrors(result)).toBe('')
  })

  it('describes list, count, by-id and by-slug reads for every public collection, the search and itself', () => {
    expect(Object.keys(spec.paths).sort()).toEqual(
      ['/authors', '/cities', '/media', '/partnerships', '/terrain', '/topics']
        .flatMap((p) => [p, `${p}/count`, `${p}/{id}`])
        .concat(['/partnerships', '/terrain', '/authors'].map((p) => `${p}/by-slug/{slug}`))
        .concat('/openapi.json', '/search')
        .sort(),
    )
    for (const slug of ['/partnerships', '/terrain', '/authors']) {
      expect(resolved.paths[slug]?.get.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['where[slug][equals]', 'where', 'select']))
    }
  })

  it('counts as the count path describes, with and without where', async () => {
    const all = await conforms('/partnerships/count', '/partnerships/count', 'locale=de')
    expect(all).toEqual(conforming)
    const { body: total } = await cms.rest<{ totalDocs: number }>('GET', 'partnerships/count?locale=de')
    const { body: official } = await cms.rest<{ totalDocs: number }>('GET', 'partnerships/count?locale=de&where[kind][equals]=official')
    expect(total.totalDocs).toBeGreaterThan(official.totalDocs)
    expect(official.totalDocs).toBeGreaterThan(0)
  })

  it.each([...locales, 'all'])('answers 200 on every path in locale %s, with bodies that match the schemas', async (locale) => {
    for (const path of Object.keys(spec.paths)) {
      if (path === '/search') expect(await conforms(path, path, `q=Hamburg&locale=${locale === 'all' ? 'de' : locale}`)).toEqual(conforming)
      else if (path === '/openapi.json') expect(await conforms(path)).toEqual(conforming)
      else if (path.endsWith('/by-slug/{slug}')) {
        const list = path.replace('/by-slug/{slug}', '')
        const one = locale === 'all' ? 'de' : locale
        const { body } = await cms.rest<Docs>('GET', `${list.slice(1)}?limit=1&depth=0&locale=${one}`)
        for (const depth of [0, 1, 3]) {
          expect(await conforms(path, `${list}/by-slug/${body.docs[0]?.slug}`, `locale=${one}&depth=${depth}`), `${path} depth ${depth}`).toEqual(conforming)
        }
        if (locale === 'all') expect((await cms.rest('GET', `${list.slice(1)}/by-slug/${body.docs[0]?.slug}?locale=all`)).status).toBe(400)
      } else if (path.endsWith('/{id}')) {
        const list = path.replace('/{id}', '')
        const { body } = await cms.rest<Docs>('GET', `${list.slice(1)}?limit=1&depth=0&locale=${locale}`)
        for (const depth of [0, 1, 3]) {
          expect(await conforms(path, `${list}/${body.docs[0]?.id}`, `locale=${locale}&depth=${depth}`), `${path} depth ${depth}`).toEqual(conforming)
        }
      } else {
        for (const depth of [0, 1, 3]) expect(await conforms(path, path, `locale=${locale}&depth=${depth}&limit=3`), `${path} depth ${depth}`).toEqual(conforming)
      }
    }
  })

  it('has schemas strict enough to reject a wrong answer', async () => {
    const { body } = await cms.rest<Docs>('GET', 'partnerships?limit=1&depth=0')
    const check = ajv.compile(okSchema('/partnerships'))
    expect(check(body)).toBe(true)
    expect(check({ ...body, docs: [{ ...body.docs[0], since: 'long ago' }] })).toBe(false)
    expect(check({ ...body, docs: [{ ...body.docs[0], kind: 'secret' }] })).toBe(false)
  })

  it.each(locales)('finds one document by slug in %s as the parameter describes', async (locale) => {
    for (const collection of ['partnerships', 'terrain', 'authors']) {
      const { body } = await cms.rest<Docs>('GET', `${collection}?limit=1&depth=0&locale=${locale}`)
      const slug = body.docs[0]?.slug
      const found = await cms.rest<Docs>('GET', `${collection}?locale=${locale}&where[slug][equals]=${slug}`)
      expect(found.body.docs.map((d) => d.slug)).toEqual([slug])
    }
  })
})
