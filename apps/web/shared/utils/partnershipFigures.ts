import type { HomeFigures, PartnershipCard } from '../types/content'

/** Count, official and project partnerships, and the oldest one, of the given partnerships. */
export function partnershipFigures(cards: PartnershipCard[]): HomeFigures {
  const official = cards.filter((card) => card.kind === 'official').length
  const oldest = cards.reduce<PartnershipCard | null>((first, card) => (!first || card.since < first.since ? card : first), null)
  return {
    total: cards.length,
    official,
    project: cards.length - official,
    oldest: oldest ? { title: oldest.title, slug: oldest.slug, since: oldest.since } : null,
  }
}
