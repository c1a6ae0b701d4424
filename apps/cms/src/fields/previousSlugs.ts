import type { ArrayField } from 'payload'

/**
 * The slugs a published document had before, per locale, so that old addresses keep working: the site
 * answers them with a 301 to the current slug. Written by the keepPreviousSlug hook. An array, not a
 * localized `hasMany` text field: querying the latter fails on SQLite in Payload 3.90.
 */
export const previousSlugsField: ArrayField = {
  name: 'previousSlugs',
  type: 'array',
  localized: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Old addresses that redirect here.' },
  fields: [{ name: 'slug', type: 'text', required: true, index: true }],
}
