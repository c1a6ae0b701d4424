import type { Payload, PayloadRequest } from 'payload'
import { siteUrl } from '../siteUrl'

/** Origins from CORS_ORIGINS (comma-separated) plus the site itself. */
export function configuredOrigins(env = process.env): string[] {
  const listed = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
  return [...new Set([siteUrl(env), env.CMS_URL, ...listed].filter((origin): origin is string => Boolean(origin)))]
}

/**
 * Payload reads `config.cors` on every request, so the list is updated in place: the configured
 * origins plus those of every active partner. Called on start and whenever a partner changes.
 */
export async function refreshCorsOrigins(payload: Payload, req?: PayloadRequest): Promise<string[]> {
  const partners = await payload.find({ collection: 'partners', where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true, req })
  const partnerOrigins = partners.docs.flatMap((partner) => partner.allowedOrigins?.map((entry) => entry.origin) ?? [])
  const origins = [...new Set([...configuredOrigins(), ...partnerOrigins])]
  payload.config.cors = origins
  return origins
}
