import type { NumberFieldSingleValidation, RelationshipFieldSingleValidation } from 'payload'
import type { City } from '@stadtmacher/types'

const countryNames: Record<City['country'], string> = { DE: 'German', CN: 'Chinese' }

/** The German side must be a German city and the Chinese side a Chinese one. */
export const cityInCountry =
  (country: City['country']): RelationshipFieldSingleValidation =>
  async (value, { req }) => {
    if (!value) return `Choose a ${countryNames[country]} city.`
    const id = typeof value === 'object' ? value.value : value
    const city = await req.payload.findByID({ collection: 'cities', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!city) return `The city ${String(id)} does not exist.`
    if (city.country !== country) return `Choose a ${countryNames[country]} city: ${city.name} is in ${city.country}.`
    return true
  }

/** A partnership year is a whole year, not before 1949 and not in the future. */
export const validateSince: NumberFieldSingleValidation = (value) => {
  const thisYear = new Date().getFullYear()
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Enter the year as a whole number.'
  if (value > thisYear) return `The year ${value} is in the future (latest is ${thisYear}).`
  if (value < 1949) return 'The year must be 1949 or later.'
  return true
}
