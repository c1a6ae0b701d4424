import { mountSuspended } from '@nuxt/test-utils/runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import { setTestLocale } from './locale'
import { defineComponent, h } from 'vue'
import ContentLocalized from '~/components/content/ContentLocalized.vue'

const withText = (shownIn: 'de' | 'en' | 'zh') =>
  defineComponent({ render: () => h(ContentLocalized, { shownIn }, { default: () => h('p', { 'data-testid': 'text' }, 'Inhalt') }) })

describe('fallback-language note', () => {
  beforeEach(() => setTestLocale('de'))

  it('shows no note when the text is in the reader language', async () => {
    const wrapper = await mountSuspended(withText('de'))
    expect(wrapper.find('[data-testid="fallback-note"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="text"]').text()).toBe('Inhalt')
  })

  it('shows a note in the reader language and marks the fallback text with its language', async () => {
    const wrapper = await mountSuspended(withText('en'))
    expect(wrapper.get('[data-testid="fallback-note"]').text()).toContain('Deutsch')
    expect(wrapper.get('[data-testid="fallback-content"]').attributes('lang')).toBe('en')
  })
})
