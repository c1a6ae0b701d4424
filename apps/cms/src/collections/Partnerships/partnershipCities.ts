import type { PayloadRequest } from 'payload'
import type { City, Partnership } from '@stadtmacher/types'
import { requestLocale } from '../../utilities/requestLocale'

type Sides = Partial<Pick<Partnership, 'germanCity' | 'chineseCity'>>

async function loadCity(ref: Partnership['germanCity'] | null | undefined, req: PayloadRequest): Promise<City | null> {
  if (!ref) return null
  const id = typeof ref === 'object' ? ref.id : ref
  // `req` keeps the read inside the running transaction; the locale is the one being saved.
  return req.payload.findByID({ collection: 'cities', id, depth: 0, locale: requestLocale(req), req, overrideAccess: true, disableErrors: true })
}

/** Both cities of a partnership in the request's locale, or null while one is missing. */
export async function partnershipCities(data: Sides, req: PayloadRequest) {
  const [german, chinese] = await Promise.all([loadCity(data.germanCity, req), loadCity(data.chineseCity, req)])
  return german && chinese ? { german, chinese } : null
}
