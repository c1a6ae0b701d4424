import { describe, expect, it } from 'vitest'
import { toPartnershipCard } from '#shared/utils/cardProjections'
import { partnershipFigures } from '#shared/utils/partnershipFigures'
import { mockPartnership } from './mocks'

describe('partnership figures', () => {
  it('counts official and project partnerships and finds the oldest', () => {
    const cards = [
      toPartnershipCard(mockPartnership()),
      toPartnershipCard(mockPartnership({ id: 'p-2', slug: 'old', title: 'Alt', since: 1979, kind: 'project' })),
      toPartnershipCard(mockPartnership({ id: 'p-3', slug: 'new', since: 2010 })),
    ]
    expect(partnershipFigures(cards)).toEqual({ total: 3, official: 2, project: 1, oldest: { title: 'Alt', slug: 'old', since: 1979 } })
  })

  it('has no oldest partnership when nothing matches', () => {
    expect(partnershipFigures([])).toEqual({ total: 0, official: 0, project: 0, oldest: null })
  })
})
