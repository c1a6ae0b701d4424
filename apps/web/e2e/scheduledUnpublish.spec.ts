// An editor, with the admin in Chinese, schedules the unpublishing of one locale of a published TERRAIN
// profile from the sidebar of its edit view, sees it listed, cancels it; another is checked through the
// CMS's endpoint. The times lie a year ahead, so the CMS's job runner leaves the profile published.
import type { Terrain } from '@stadtmacher/types'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminTimeout, cms, logIn, sessionToken } from './setup/admin'
import { type TrackedPage, useBrowser } from './setup/browser'
import { seeded } from './setup/seeded'

/** What GET /api/scheduled-unpublish lists (apps/cms/src/endpoints/scheduleUnpublish.ts). */
type Scheduled = { id: string; collection: string; docId: string; locale: string; waitUntil: string }

const year = new Date().getUTCFullYear() + 1
const zhTime = `${year}-01-31T09:00`
const enTime = `${year}-02-28T18:30`

describe('scheduling the unpublishing of one locale, from the admin in Chinese', () => {
  const openPage = useBrowser()
  let page: TrackedPage
  let token: string
  let id: string
  const panel = () => page.getByTestId('scheduled-unpublish')
  const jobs = () => panel().getByTestId('scheduled-unpublish-job')
  const scheduled = async () => (await cms<{ docs: Scheduled[] }>(token, 'GET', `scheduled-unpublish?collection=terrain&id=${id}`)).docs
  /** The instant the admin sends for a datetime-local value: the browser's own time zone decides. */
  const instant = (local: string) => page.evaluate((value) => new Date(value).toISOString(), local)

  beforeAll(async () => {
    page = await openPage(`${inject('cmsUrl')}/admin/login`, { locale: 'zh-CN' })
    await logIn(page)
    token = await sessionToken(page)
    const { docs } = await cms<{ docs: Terrain[] }>(token, 'GET', `terrain?where[slug][equals]=${seeded.terrain.slug.de}&locale=de&depth=0`)
    id = docs[0]!.id
  }, 300_000)
  // Other specs expect the seeded profile published in every locale: nothing may stay scheduled.
  afterAll(async () => {
    if (!id) return
    for (const job of await scheduled()) await cms(token, 'DELETE', `scheduled-unpublish/${job.id}`)
  })

  it('is hidden while a new profile is not saved yet', async () => {
    await page.goto(`${inject('cmsUrl')}/admin/collections/terrain/create?locale=zh`, { timeout: adminTimeout })
    await page.locator('#field-title').waitFor({ timeout: adminTimeout })
    await expect.poll(() => page.getByText('翻译').first().isVisible(), { timeout: adminTimeout }).toBe(true)
    expect(await panel().count()).toBe(0)
  })

  it('shows, in Chinese, that nothing is scheduled, and picks the locale being edited', async () => {
    await page.goto(`${inject('cmsUrl')}/admin/collections/terrain/${id}?locale=zh`, { timeout: adminTimeout })
    await panel().getByTestId('scheduled-unpublish-none').waitFor({ timeout: adminTimeout })
    expect(await panel().locator('.field-label').textContent()).toBe('定时取消发布')
    expect(await panel().getByTestId('scheduled-unpublish-none').textContent()).toBe('暂无计划。')
    expect(await panel().locator('select').inputValue()).toBe('zh')
    // Loaded once, not refetched on every render.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(page.requestedUrls.filter((url) => url.includes(`/api/scheduled-unpublish?collection=terrain&id=${id}`))).toHaveLength(1)
  })

  it("shows the endpoint's message when the time is missing, and schedules nothing", async () => {
    await panel().getByRole('button', { name: '计划取消发布' }).click()
    await expect.poll(() => panel().getByRole('alert').textContent(), { timeout: 15_000 }).toContain('The time must be an ISO 8601 date and time')
    expect(await scheduled()).toEqual([])
  })

  it('schedules the Chinese unpublishing, lists it in Chinese, cancels it and sees it gone', { timeout: 120_000 }, async () => {
    await panel().locator('input[type="datetime-local"]').fill(zhTime)
    await panel().getByRole('button', { name: '计划取消发布' }).click()
    await expect.poll(() => jobs().count(), { timeout: 15_000 }).toBe(1)
    expect(await jobs().getAttribute('data-locale')).toBe('zh')
    const listed = await jobs().textContent()
    expect(listed).toContain('中文')
    expect(listed).toContain(`${year}年1月31日`)
    expect(await panel().getByRole('alert').count()).toBe(0)
    const [job] = await scheduled()
    expect(job).toMatchObject({ collection: 'terrain', docId: id, locale: 'zh', waitUntil: await instant(zhTime) })

    await jobs().getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => jobs().count(), { timeout: 15_000 }).toBe(0)
    expect(await panel().getByTestId('scheduled-unpublish-none').textContent()).toBe('暂无计划。')
    expect(await scheduled()).toEqual([])
  })

  it('schedules another locale picked by the editor, as the endpoint confirms', { timeout: 120_000 }, async () => {
    await panel().locator('select').selectOption('en')
    await panel().locator('input[type="datetime-local"]').fill(enTime)
    await panel().getByRole('button', { name: '计划取消发布' }).click()
    await expect.poll(() => jobs().count(), { timeout: 15_000 }).toBe(1)
    expect(await jobs().textContent()).toContain('English')
    const docs = await scheduled()
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ collection: 'terrain', docId: id, locale: 'en', waitUntil: await instant(enTime) })
    // Scheduling changed nothing yet: the profile is still published in English.
    expect((await fetch(`${inject('cmsUrl')}/api/terrain/${id}?locale=en&depth=0`)).status).toBe(200)
  })
})
