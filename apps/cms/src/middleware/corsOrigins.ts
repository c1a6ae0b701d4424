import type { Payload, PayloadRequest } from 'payload'
import { siteUrl } from '../siteUrl'

/** Origins from CORS_ORIGINS (comma-separated) plus the site itself. */
export function configuredOrigins(env = process.env): string[] {
  const listed = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
  return [...new Set([env.WEB_URL, env.CMS_URL, ...listed].filter((origin): origin is string => Boolean(origin)))]
}

/**
 * Browser origins that may call the API: the configured ones, and in development also the site that
 * `npm start` serves, whose live preview calls the API. Only CORS gets that default: as a CSRF origin it
 * would make Payload refuse the admin's own cookie (the CMS origin is not configured in development).
 */
export function corsOrigins(env = process.env): string[] {
  const site = siteUrl(env)
  return [...new Set([...configuredOrigins(env), ...(site ? [site] : [])])]
}

/**
 * Payload reads `config.cors` on every request, so the list is updated in place: the configured
 * origins plus those of every active partner. Called on start and whenever a partner changes.
 */
export async function refreshCorsOrigins(payload: Payload, req?: PayloadRequest): Promise<string[]> {
  const partners = await payload.find({ collection: 'partners', where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true, req })
  const partnerOrigins = partners.docs.flatMap((partner) => partner.allowedOrigins?.map((entry) => entry.origin) ?? [])
  const origins = [...new Set([...corsOrigins(), ...partnerOrigins])]
  payload.config.cors = origins
  return origins
}
