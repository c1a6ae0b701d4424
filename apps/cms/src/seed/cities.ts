import { slugify } from '../utilities/slugify'
import type { SeedArgs } from './context'
import cities from './data/cities.json' with { type: 'json' }
import { createOnce } from './upsert'

export type CitySeed = (typeof cities)[number]

/** Chinese cities keep their pinyin key; German ones get the pinyin of their Chinese name, as one word. */
const zhSlug = (city: CitySeed) => (city.country === 'CN' ? city.slug : slugify(city.name.zh).replaceAll('-', ''))

/** Every city that takes part in a seeded partnership. Returns city ids by slug. */
export async function seedCities({ payload, log }: SeedArgs): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const city of cities) {
    const data = (locale: 'de' | 'en' | 'zh') => ({
      name: city.name[locale],
      region: city.region[locale],
      country: city.country,
      coordinates: { latitude: city.latitude, longitude: city.longitude },
      slug: locale === 'zh' ? zhSlug(city) : city.slug,
    })
    const { id } = await createOnce(payload, 'cities', { slug: { equals: city.slug } }, { de: data('de'), en: data('en'), zh: data('zh') })
    ids.set(city.slug, id)
  }
  log(`cities: ${ids.size}`)
  return ids
}
