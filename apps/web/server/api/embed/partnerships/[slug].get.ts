// Read-only, CORS-open data for the embeddable widget (`/embed/stadtmacher.js`) on partner sites.
import { defaultLocale, type Locale } from '@stadtmacher/domain/locales'
import type { H3Event } from 'h3'
import type { PartnershipPage } from '#shared/types/content'
import type { EmbedPartnership } from '#shared/types/embed'
import { toEmbedPartnership } from '#shared/utils/embedPartnership'

export default defineEventHandler(async (event): Promise<EmbedPartnership> => {
  // Set before validation, so partner pages can read the 400/404 answers too.
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' })
  const slug = slugSchema.safeParse(getRouterParam(event, 'slug'))
  if (!slug.success) throw createError({ statusCode: 400, statusMessage: 'Invalid parameter: slug' })
  const lang = localeSchema.safeParse(getQuery(event).lang)
  if (!lang.success) throw createError({ statusCode: 400, statusMessage: 'Invalid parameter: lang (de, en or zh)' })

  const page = await localizedPage(event, slug.data, lang.data)
  // Shown only where the partnership is published in that language, never as a German fallback.
  if (!page?.translations.slugs[lang.data]) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  return toEmbedPartnership(page, lang.data, useRuntimeConfig(event).public.siteUrl)
})

/**
 * The partnership page in `lang`, found by its slug there or by its German slug (partners may use one
 * snippet slug for every language). Goes through the cached partnership handler, so purges apply here too.
 */
async function localizedPage(event: H3Event, slug: string, lang: Locale): Promise<PartnershipPage | null> {
  const page = await partnershipPage(event, slug, lang)
  if (page || lang === defaultLocale) return page
  const localizedSlug = (await partnershipPage(event, slug, defaultLocale))?.translations.slugs[lang]
  return localizedSlug ? partnershipPage(event, localizedSlug, lang) : null
}

async function partnershipPage(event: H3Event, slug: string, locale: Locale): Promise<PartnershipPage | null> {
  try {
    return await event.$fetch<PartnershipPage>(`/api/partnerships/${slug}`, { query: { locale } })
  } catch (error) {
    const statusCode = (error as { statusCode?: number }).statusCode
    if (statusCode === 404) return null
    throw createError({ statusCode: statusCode === 400 ? 400 : 503, statusMessage: statusCode === 400 ? 'Invalid request' : 'CMS unavailable' })
  }
}
