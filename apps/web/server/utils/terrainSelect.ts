/** The TERRAIN fields a card shows; the hero is populated (depth 1) for its image sizes. */
export const terrainCardSelect = { title: true, teaser: true, slug: true, kind: true, date: true, period: true, hero: true } as const
