import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import SearchHighlight from '~/components/search/SearchHighlight.vue'

describe('search highlight', () => {
  it('marks the matched run and keeps the rest as text', async () => {
    const wrapper = await mountSuspended(SearchHighlight, { props: { runs: [{ text: '汉堡 – ', match: false }, { text: '上海', match: true }] } })
    expect(wrapper.findAll('mark').map((mark) => mark.text())).toEqual(['上海'])
    expect(wrapper.text()).toBe('汉堡 – 上海')
  })

  it('never renders markup from the text', async () => {
    const wrapper = await mountSuspended(SearchHighlight, { props: { runs: [{ text: '<img src=x onerror=alert(1)>', match: true }] } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('mark').text()).toBe('<img src=x onerror=alert(1)>')
  })
})
