import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { City, Partnership } from '@stadtmacher/types'

const suffix = () => randomBytes(3).toString('hex')

type CityInput = { name: string; country: City['country']; region?: string; latitude?: number; longitude?: number }

/** A city created in German only (other locales fall back), with a unique slug. */
export async function createCity(payload: Payload, input: CityInput): Promise<City> {
  return payload.create({
    collection: 'cities',
    locale: 'de',
    overrideAccess: true,
    data: {
      name: input.name,
      country: input.country,
      region: input.region ?? (input.country === 'DE' ? 'Hamburg' : 'Shanghai'),
      coordinates: { latitude: input.latitude ?? 50, longitude: input.longitude ?? (input.country === 'DE' ? 10 : 120) },
      slug: `${input.name.toLowerCase()}-${suffix()}`,
    },
  })
}

/** A German and a Chinese city and a partnership between them, in the given state. */
export async function createPartnership(payload: Payload, status: 'draft' | 'published', since = 1990): Promise<Partnership> {
  const german = await createCity(payload, { name: 'Teststadt', country: 'DE' })
  const chinese = await createCity(payload, { name: 'Ceshi', country: 'CN' })
  return payload.create({
    collection: 'partnerships',
    locale: 'de',
    overrideAccess: true,
    draft: status === 'draft',
    data: { germanCity: german.id, chineseCity: chinese.id, since, kind: 'official', slug: `${german.slug}-${chinese.slug}`, _status: status },
  })
}
