import type { CollectionBeforeChangeHook } from 'payload'

type SlugRow = { slug: string }

/**
 * When the slug of a document published in this locale changes, the old slug is kept so that links to
 * the old address are redirected, not broken. A slug that comes back is taken off the list.
 */
export const keepPreviousSlug: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = originalDoc?.slug as string | undefined
  const after = data.slug as string | undefined
  if (!after || after === before) return data
  const previous = new Set(((originalDoc?.previousSlugs as SlugRow[] | null | undefined) ?? []).map((row) => row.slug))
  if (before && originalDoc?._status === 'published') previous.add(before)
  previous.delete(after)
  return { ...data, previousSlugs: [...previous].map((slug) => ({ slug })) }
}
