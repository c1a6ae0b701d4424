import { authors } from './data/terrain'
import type { SeedArgs } from './context'
import { richText } from './richText'
import { createOnce } from './upsert'

/** The authors of the seeded TERRAIN pieces, published. Returns ids by slug. */
export async function seedAuthors({ payload, log }: SeedArgs): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const author of authors) {
    const data = (locale: 'de' | 'en' | 'zh') => ({
      name: author.name,
      slug: author.slug,
      role: author.role[locale],
      biography: richText(author.bio[locale]),
      _status: 'published' as const,
    })
    const { id } = await createOnce(payload, 'authors', { slug: { equals: author.slug } }, { de: data('de'), en: data('en'), zh: data('zh') })
    ids.set(author.slug, id)
  }
  log(`authors: ${ids.size}`)
  return ids
}
