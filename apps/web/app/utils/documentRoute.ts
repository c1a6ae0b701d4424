const routeNames: Record<string, string> = {
  partnerships: 'partnerships-slug',
  terrain: 'terrain-slug',
  authors: 'authors-slug',
}

/** The page route of a CMS collection's documents, or undefined for collections without pages. */
export function documentRouteName(collection: unknown): string | undefined {
  return typeof collection === 'string' ? routeNames[collection] : undefined
}
