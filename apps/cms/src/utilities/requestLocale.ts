import type { PayloadRequest, TypedLocale } from 'payload'

/** The single locale a request saves or reads; undefined for `locale=all` or none. */
export const requestLocale = (req: PayloadRequest): TypedLocale | undefined =>
  req.locale && req.locale !== 'all' ? (req.locale as TypedLocale) : undefined
