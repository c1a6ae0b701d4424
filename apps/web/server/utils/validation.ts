import { locales } from '@stadtmacher/domain/locales'
import { z } from 'zod'

export const localeSchema = z.enum(locales)
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200)

export const localeQuery = z.object({ locale: localeSchema })
export const slugParams = z.object({ slug: slugSchema })
