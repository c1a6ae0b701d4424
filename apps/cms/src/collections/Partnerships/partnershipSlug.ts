import type { PayloadRequest } from 'payload'
import type { Partnership } from '@stadtmacher/types'
import { partnershipCities } from './partnershipCities'

/** "hamburg-shanghai", "hanbao-shanghai": the two cities' slugs in the locale being saved. */
export async function partnershipSlug({ data, req }: { data: Record<string, unknown>; req: PayloadRequest }) {
  const cities = await partnershipCities(data as Partial<Partnership>, req)
  return cities ? `${cities.german.slug}-${cities.chinese.slug}` : ''
}
