import { mountSuspended, registerEndpoint } from '@nuxt/test-utils/runtime'
import { createError } from 'h3'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useRouter } from '#imports'
import { setTestLocale } from './locale'
import { useContent } from '~/composables/useContent'

// A BFF that knows one old slug (as findBySlug answers it) and one current slug.
registerEndpoint('/api/test-documents/jiu-dizhi', () => {
  throw createError({ statusCode: 404, statusMessage: 'Not found', data: { movedTo: 'xin-dizhi' } })
})
registerEndpoint('/api/test-documents/xin-dizhi', () => ({ title: '新地址' }))

const DocumentPage = defineComponent({
  props: { slug: { type: String, required: true } },
  async setup(props) {
    const { data } = await useContent<{ title: string }>(() => `test:${props.slug}`, () => `/api/test-documents/${props.slug}`, () => ({}))
    return () => h('h1', data.value?.title ?? '')
  },
})

describe('useContent and old slugs', () => {
  beforeEach(() => setTestLocale('zh'))

  it('replaces the address of an old slug by the current one, keeping page, locale, query and fragment', async () => {
    const router = useRouter()
    await mountSuspended(DocumentPage, { route: '/zh/terrain/jiu-dizhi?utm_source=news#teil-2', props: { slug: 'jiu-dizhi' } })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(router.currentRoute.value.fullPath).toBe('/zh/terrain/xin-dizhi?utm_source=news#teil-2')
  })

  it('renders the document under its current slug', async () => {
    const router = useRouter()
    const wrapper = await mountSuspended(DocumentPage, { route: '/zh/terrain/xin-dizhi', props: { slug: 'xin-dizhi' } })
    expect(wrapper.text()).toBe('新地址')
    expect(router.currentRoute.value.fullPath).toBe('/zh/terrain/xin-dizhi')
  })
})
