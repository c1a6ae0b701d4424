/** The collections the site-wide search covers, in the order their groups are shown. */
export const searchableCollections = ['partnerships', 'cities', 'terrain', 'authors'] as const

export type SearchableCollection = (typeof searchableCollections)[number]

export const isSearchable = (slug: string): slug is SearchableCollection =>
  (searchableCollections as readonly string[]).includes(slug)
