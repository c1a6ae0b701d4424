import { mountSuspended } from '@nuxt/test-utils/runtime'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setTestLocale } from './locale'
import AuthorPreview from '~/pages/preview/authors/[id].vue'
import PartnershipPreview from '~/pages/preview/partnerships/[id].vue'
import PreviewPage from '~/pages/preview/terrain/[id].vue'
import { mockAuthor, mockPartnership, mockTerrain } from '../unit/mocks'

// The test app's runtime config: the default CMS origin of nuxt.config.ts.
const cms = 'http://127.0.0.1:3000'

const adminMessage = (data: Record<string, unknown>, origin = cms, collectionSlug = 'terrain') =>
  new MessageEvent('message', { origin, data: { type: 'payload-live-preview', collectionSlug, data, locale: 'zh' } })

describe('live preview page', () => {
  let wrapper: VueWrapper | undefined
  const fetchMock = vi.fn<typeof fetch>()
  // happy-dom's window is its own parent; in the admin, `parent` is the CMS window.
  const postToParent = vi.spyOn(window, 'postMessage').mockImplementation(() => {})
  const mountPreview = async () => {
    wrapper = await mountSuspended(PreviewPage, { route: '/zh/preview/terrain/t-1' })
    return wrapper
  }

  beforeEach(async () => {
    await setTestLocale('zh')
    fetchMock.mockReset()
    postToParent.mockClear()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
  })

  it('shows no document until the CMS admin sends one, and tells only the CMS origin it is ready', async () => {
    const page = await mountPreview()
    expect(postToParent).toHaveBeenCalledWith({ type: 'payload-live-preview', ready: true }, cms)
    expect(page.find('[data-testid="terrain-detail"]').exists()).toBe(false)
    expect(page.get('[data-testid="preview-status"]').text()).toContain('预览正在等待')
  })

  it('ignores messages from any origin but the CMS', async () => {
    const page = await mountPreview()
    window.dispatchEvent(adminMessage({ id: 't-1', title: '伪造', kind: 'essay' }, 'https://evil.example'))
    await flushPromises()
    expect(fetchMock).not.toHaveBeenCalled()
    expect(page.text()).not.toContain('伪造')
  })

  it('renders what the editor typed, populated by the CMS with the editor’s own cookie', async () => {
    fetchMock.mockResolvedValue(Response.json(mockTerrain({ title: '北京什锦（草稿）', slug: 'beijing-shijin' })))
    const page = await mountPreview()
    window.dispatchEvent(adminMessage({ id: 't-1', title: '北京什锦（草稿）', kind: 'essay', authors: ['a-1'] }))
    await vi.waitFor(() => expect(page.find('h1').text()).toBe('北京什锦（草稿）'))
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe(`${cms}/api/terrain/t-1`)
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', headers: { 'X-Payload-HTTP-Method-Override': 'GET' } })
    expect(JSON.parse(String(init?.body))).toMatchObject({ depth: 2, locale: 'zh', data: { title: '北京什锦（草稿）' } })
    // The same component as the public page: kind label, authors, related partnership cards.
    expect(page.get('[data-testid="terrain-authors"]').text()).toContain('Christian Y. Schmidt')
    expect(page.find('.card-grid a').attributes('href')).toBe('/zh/huoban-guanxi/hamburg-shanghai')
  })

  it('applies answers in the order the editor typed, even when an earlier one is slower', async () => {
    let releaseFirst: (response: Response) => void = () => {}
    fetchMock
      .mockImplementationOnce(() => new Promise<Response>((resolve) => (releaseFirst = resolve)))
      .mockResolvedValueOnce(Response.json(mockTerrain({ title: '第二稿' })))
    const page = await mountPreview()
    window.dispatchEvent(adminMessage({ id: 't-1', title: '第一稿', kind: 'essay' }))
    window.dispatchEvent(adminMessage({ id: 't-1', title: '第二稿', kind: 'essay' }))
    await flushPromises()
    releaseFirst(Response.json(mockTerrain({ title: '第一稿' })))
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await flushPromises()
    expect(page.find('h1').text()).toBe('第二稿')
  })

  it('says the preview is unavailable when the CMS refuses (e.g. signed out) or cannot be reached', async () => {
    fetchMock.mockResolvedValueOnce(Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })).mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const page = await mountPreview()
    window.dispatchEvent(adminMessage({ id: 't-1', title: 'x', kind: 'essay' }))
    await vi.waitFor(() => expect(page.get('[data-testid="preview-status"]').text()).toContain('无法加载预览'))
    window.dispatchEvent(adminMessage({ id: 't-1', title: 'y', kind: 'essay' }))
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2))
    await flushPromises()
    expect(page.get('[data-testid="preview-status"]').text()).toContain('无法加载预览')
  })

  it('previews partnerships and authors with their public pages’ components too', async () => {
    fetchMock.mockResolvedValueOnce(Response.json(mockPartnership({ title: '汉堡 – 上海（草稿）' })))
    wrapper = await mountSuspended(PartnershipPreview, { route: '/zh/preview/partnerships/p-1' })
    window.dispatchEvent(adminMessage({ id: 'p-1', kind: 'official' }, cms, 'partnerships'))
    await vi.waitFor(() => expect(wrapper!.find('h1').text()).toBe('汉堡 – 上海（草稿）'))
    expect(fetchMock.mock.calls[0]![0]).toBe(`${cms}/api/partnerships/p-1`)
    expect(wrapper.get('[data-testid="partnership-facts"]').text()).toContain('1986')
    wrapper.unmount()

    fetchMock.mockResolvedValueOnce(Response.json(mockAuthor({ name: '施密特（草稿）' })))
    wrapper = await mountSuspended(AuthorPreview, { route: '/zh/preview/authors/a-1' })
    window.dispatchEvent(adminMessage({ id: 'a-1', name: '施密特（草稿）' }, cms, 'authors'))
    await vi.waitFor(() => expect(wrapper!.find('h1').text()).toBe('施密特（草稿）'))
    expect(wrapper.find('[data-testid="author-detail"]').exists()).toBe(true)
    // Not "no pieces yet": the preview has no list of published pieces to show.
    expect(wrapper.find('#author-pieces').exists()).toBe(false)
  })
})
