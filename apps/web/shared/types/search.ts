// The search page's data: the CMS search answer (typed by the partner client), with what a city links to.
import type { SearchHit, SearchResults, SearchType } from '@stadtmacher/client'

export type { HighlightRun, SearchHit, SearchType } from '@stadtmacher/client'

/** Where a city hit leads: the partnership list filtered by its German state or Chinese province. */
export type CityPlace = { filter: 'state' | 'province'; region: string }

export type SiteSearchHit = SearchHit & { place?: CityPlace }
export type SiteSearchGroup = { type: SearchType; total: number; docs: SiteSearchHit[] }
export type SiteSearchResults = Pick<SearchResults, 'query' | 'total'> & { groups: SiteSearchGroup[] }
