import { topics } from './data/terrain'
import type { SeedArgs } from './context'
import { createOnce } from './upsert'

/** The topics TERRAIN profiles and partnerships are tagged with. Returns topic ids by slug. */
export async function seedTopics({ payload, log }: SeedArgs): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const topic of topics) {
    const data = (locale: 'de' | 'en' | 'zh') => ({ name: topic.name[locale], slug: topic.slug })
    const { id } = await createOnce(payload, 'topics', { slug: { equals: topic.slug } }, { de: data('de'), en: data('en'), zh: data('zh') })
    ids.set(topic.slug, id)
  }
  log(`topics: ${ids.size}`)
  return ids
}
