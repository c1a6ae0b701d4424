import type { FieldHook } from 'payload'
import type { Partnership } from '@stadtmacher/types'
import { partnershipCities } from '../partnershipCities'

/**
 * "Hamburg – Shanghai" in the locale being saved: the admin's title. A field hook, not a collection
 * hook, because field hooks run first and the slug after it depends on the same cities.
 */
export const setPartnershipTitle: FieldHook<Partnership, string | null | undefined> = async ({ value, data, originalDoc, req }) => {
  const cities = await partnershipCities({ ...originalDoc, ...data }, req)
  return cities ? `${cities.german.name} – ${cities.chinese.name}` : value
}
