import { mountSuspended } from '@nuxt/test-utils/runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import { setTestLocale } from './locale'
import HomeFigures from '~/components/home/HomeFigures.vue'

describe('home figures', () => {
  beforeEach(() => setTestLocale('de'))

  it('shows the counts and links the oldest partnership', async () => {
    const wrapper = await mountSuspended(HomeFigures, {
      props: { figures: { total: 50, official: 37, project: 13, oldest: { title: 'Duisburg – Wuhan', slug: 'duisburg-wuhan', since: 1982 } } },
    })
    expect(wrapper.get('[data-testid="figure-total"]').text()).toBe('50')
    expect(wrapper.get('[data-testid="figure-official"]').text()).toBe('37')
    expect(wrapper.get('[data-testid="figure-project"]').text()).toBe('13')
    const oldest = wrapper.get('[data-testid="figure-oldest"]')
    expect(oldest.text()).toContain('1982')
    expect(oldest.get('a').attributes('href')).toBe('/de/partnerschaften/duisburg-wuhan')
  })
})
