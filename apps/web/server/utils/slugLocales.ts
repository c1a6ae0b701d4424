import type { TranslatedCollection } from '@stadtmacher/config/translations'

/**
 * Authors have one slug for all locales (it is not localized in the CMS); partnerships and TERRAIN
 * profiles have one per locale.
 */
export const slugSharedByLocales: Record<TranslatedCollection, boolean> = { partnerships: false, terrain: false, authors: true }
