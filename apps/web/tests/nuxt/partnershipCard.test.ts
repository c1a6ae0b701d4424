import { mountSuspended } from '@nuxt/test-utils/runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import { setTestLocale } from './locale'
import PartnershipCard from '~/components/partnership/PartnershipCard.vue'
import { toPartnershipCard } from '#shared/utils/cardProjections'
import { mockPartnership } from '../unit/mocks'

describe('partnership card', () => {
  beforeEach(() => setTestLocale('de'))

  it('links to the partnership under the German section path and shows kind and year', async () => {
    const wrapper = await mountSuspended(PartnershipCard, { props: { partnership: toPartnershipCard(mockPartnership()) } })
    expect(wrapper.get('a').attributes('href')).toBe('/de/partnerschaften/hamburg-shanghai')
    expect(wrapper.text()).toContain('Offizielle Partnerschaft')
    expect(wrapper.text()).toContain('seit 1986')
  })
})

describe('partnership card in Chinese', () => {
  beforeEach(() => setTestLocale('zh'))

  it('uses the Chinese section path and labels', async () => {
    const wrapper = await mountSuspended(PartnershipCard, { props: { partnership: toPartnershipCard(mockPartnership({ slug: 'hanbao-shanghai' })) } })
    expect(wrapper.get('a').attributes('href')).toBe('/zh/huoban-guanxi/hanbao-shanghai')
    expect(wrapper.text()).toContain('正式友好城市')
  })
})
