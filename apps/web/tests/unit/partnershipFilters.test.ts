import { describe, expect, it } from 'vitest'
import { toPartnershipCard } from '#shared/utils/cardProjections'
import { filterPartnerships, normalizePartnershipFilters, partnershipFilterOptions } from '#shared/utils/partnershipFilters'
import { mockCity, mockPartnership, mockTopic } from './mocks'

const hamburg = toPartnershipCard(mockPartnership())
const munich = toPartnershipCard(
  mockPartnership({
    id: 'p-2',
    title: 'München – Qingdao',
    kind: 'project',
    germanCity: mockCity({ name: 'München', region: 'Bayern' }),
    chineseCity: mockCity({ name: 'Qingdao', country: 'CN', region: 'Shandong' }),
    topics: [mockTopic({ name: 'Bildung', slug: 'bildung' })],
  }),
)

describe('partnership filters', () => {
  it('reads kind, state, province and topic from the URL and drops the rest', () => {
    expect(normalizePartnershipFilters({ kind: 'official', state: 'Bayern', province: ['Shandong'], topic: 'bildung', x: '1' })).toEqual({
      kind: 'official',
      state: 'Bayern',
      province: 'Shandong',
      topic: 'bildung',
    })
  })

  it('ignores an unknown kind', () => {
    expect(normalizePartnershipFilters({ kind: 'secret' })).toEqual({})
  })

  it('filters by German state, Chinese province, kind and topic together', () => {
    expect(filterPartnerships([hamburg, munich], { state: 'Bayern' })).toEqual([munich])
    expect(filterPartnerships([hamburg, munich], { province: 'Shanghai', kind: 'official' })).toEqual([hamburg])
    expect(filterPartnerships([hamburg, munich], { topic: 'bildung', kind: 'official' })).toEqual([])
  })

  it('reads the since-year range from the URL, dropping what is not a plausible year', () => {
    expect(normalizePartnershipFilters({ from: '1980', to: ['1999'] })).toEqual({ from: 1980, to: 1999 })
    expect(normalizePartnershipFilters({ from: 1985 })).toEqual({ from: 1985 })
    expect(normalizePartnershipFilters({ from: '80', to: '1999; drop table' })).toEqual({})
    expect(normalizePartnershipFilters({ from: '1850', to: '2500' })).toEqual({})
  })

  it('filters by since-year range, both years included', () => {
    const older = { ...munich, since: 1979 }
    expect(filterPartnerships([hamburg, older], { from: 1986 })).toEqual([hamburg])
    expect(filterPartnerships([hamburg, older], { to: 1979 })).toEqual([older])
    expect(filterPartnerships([hamburg, older], { from: 1979, to: 1986 })).toEqual([hamburg, older])
    expect(filterPartnerships([hamburg, older], { from: 1990 })).toEqual([])
  })

  it('offers each state, province and topic once, sorted', () => {
    expect(partnershipFilterOptions([munich, hamburg, munich], 'de')).toEqual({
      states: ['Bayern', 'Hamburg'],
      provinces: ['Shandong', 'Shanghai'],
      topics: [
        { name: 'Bildung', slug: 'bildung' },
        { name: 'Kultur', slug: 'kultur' },
      ],
      years: { first: 1986, last: 1986 },
    })
  })
})
