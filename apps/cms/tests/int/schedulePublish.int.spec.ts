import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Terrain } from '@stadtmacher/types'
import { startCms, type TestCms } from '../helpers/payload'

describe('scheduled publishing', () => {
  let cms: TestCms
  let doc: Terrain
  const anonymous = (locale: string) => cms.rest('GET', `terrain/${doc.id}?locale=${locale}`)
  const schedule = (input: Record<string, unknown>, waitUntil: Date) =>
    cms.payload.jobs.queue({ task: 'schedulePublish', input: { doc: { relationTo: 'terrain', value: doc.id }, ...input }, waitUntil })

  beforeAll(async () => {
    cms = await startCms()
    doc = await cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      overrideAccess: true,
      data: { title: 'Geplant', teaser: 'Anriss', slug: 'geplant', kind: 'event', _status: 'published' },
    })
    await cms.payload.update({ collection: 'terrain', id: doc.id, locale: 'zh', draft: true, overrideAccess: true, data: { title: '计划', teaser: '导语', _status: 'draft' } })
  })
  afterAll(async () => cms?.close())

  it('publishes one locale at the chosen time and not before', async () => {
    await schedule({ type: 'publish', locale: 'zh' }, new Date(Date.now() + 60 * 60 * 1000))
    await cms.payload.jobs.run()
    expect((await anonymous('zh')).status).toBe(404)

    await schedule({ type: 'publish', locale: 'zh' }, new Date(Date.now() - 1000))
    await cms.payload.jobs.run()
    expect((await anonymous('zh')).status).toBe(200)
    expect((await anonymous('en')).status).toBe(404)
    expect((await anonymous('de')).status).toBe(200)
  })

  it('unpublishes at the chosen time', async () => {
    await schedule({ type: 'unpublish' }, new Date(Date.now() - 1000))
    await cms.payload.jobs.run()
    expect((await anonymous('de')).status).toBe(404)
  })

  it('refuses partner keys and anonymous clients on the job endpoints', async () => {
    const { status } = await cms.rest('GET', 'payload-jobs/run')
    expect(status).toBeGreaterThanOrEqual(401)
    expect(status).toBeLessThan(500)
  })
})
