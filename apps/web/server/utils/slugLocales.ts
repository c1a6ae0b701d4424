import type { CmsCollection } from './cms'

export type Localized = Extract<CmsCollection, 'partnerships' | 'terrain' | 'authors'>

/**
 * Authors have one slug for all locales (it is not localized in the CMS); partnerships and TERRAIN
 * profiles have one per locale.
 */
export const slugSharedByLocales: Record<Localized, boolean> = { partnerships: false, terrain: false, authors: true }
