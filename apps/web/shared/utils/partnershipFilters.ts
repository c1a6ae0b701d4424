import type { Partnership } from '@stadtmacher/types'
import type { PartnershipCard, PartnershipFilterOptions } from '../types/content'

export type PartnershipFilters = { kind?: Partnership['kind']; state?: string; province?: string; topic?: string; from?: number; to?: number }

const kinds: Partnership['kind'][] = ['official', 'project']

/**
 * Cards per page of the partnership list: every real partnership (about 105) fits on one page, where a
 * reader can scan them all; a larger set is paged, because a page of 1,000 cards is slow on a phone
 * (Lighthouse 81–87 with the bench's 1,000, issue 7).
 */
export const partnershipPageSize = 120

const firstString = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() ? first.trim().slice(0, 120) : undefined
}

// Years a partnership can have begun in: anything else in `from`/`to` is a typo, not a filter.
const firstYear = 1900
const lastYear = 2100

const year = (value: unknown): number | undefined => {
  const text = typeof value === 'number' ? String(value) : firstString(value)
  const parsed = text && /^\d{4}$/.test(text) ? Number(text) : NaN
  return parsed >= firstYear && parsed <= lastYear ? parsed : undefined
}

/** The filters of the partnership list from a URL query; unknown keys and values are dropped. */
export function normalizePartnershipFilters(query: Record<string, unknown>): PartnershipFilters {
  const kind = firstString(query.kind)
  const filters: PartnershipFilters = {
    kind: kinds.find((candidate) => candidate === kind),
    state: firstString(query.state),
    province: firstString(query.province),
    topic: firstString(query.topic),
    from: year(query.from),
    to: year(query.to),
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as PartnershipFilters
}

/** The partnerships matching every given filter, in their original order; `from` and `to` include the year. */
export function filterPartnerships<T extends PartnershipCard>(cards: T[], filters: PartnershipFilters): T[] {
  return cards.filter(
    (card) =>
      (!filters.kind || card.kind === filters.kind) &&
      (!filters.state || card.germanCity.region === filters.state) &&
      (!filters.province || card.chineseCity.region === filters.province) &&
      (!filters.topic || card.topics.some((topic) => topic.slug === filters.topic)) &&
      (filters.from === undefined || card.since >= filters.from) &&
      (filters.to === undefined || card.since <= filters.to),
  )
}

/** The values the filters offer: every German state, Chinese province and topic that occurs, sorted, and the years. */
export function partnershipFilterOptions(cards: PartnershipCard[], locale: string): PartnershipFilterOptions {
  const collator = new Intl.Collator(locale)
  const unique = (values: string[]) => [...new Set(values.filter(Boolean))].sort(collator.compare)
  const topics = new Map(cards.flatMap((card) => card.topics).map((topic) => [topic.slug, topic]))
  return {
    states: unique(cards.map((card) => card.germanCity.region)),
    provinces: unique(cards.map((card) => card.chineseCity.region)),
    topics: [...topics.values()].sort((a, b) => collator.compare(a.name, b.name)),
    years: cards.length ? { first: Math.min(...cards.map((card) => card.since)), last: Math.max(...cards.map((card) => card.since)) } : null,
  }
}
