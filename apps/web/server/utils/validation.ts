import { locales } from '@stadtmacher/config/locales'
import { z } from 'zod'

export const localeSchema = z.enum(locales)
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200)

export const localeQuery = z.object({ locale: localeSchema })
export const slugParams = z.object({ slug: slugSchema })

/** Cache keys may only hold word characters (Nitro strips the rest), so hyphens become underscores. */
export const cacheKey = (...parts: (string | number | undefined)[]) =>
  parts.map((part) => String(part ?? '').replace(/\W/g, '_')).join('__')
