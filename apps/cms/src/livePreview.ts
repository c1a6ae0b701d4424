import { isLocale } from '@stadtmacher/domain/locales'
import { previewPath } from '@stadtmacher/domain/preview'
import { isTranslatedCollection, translatedCollections } from '@stadtmacher/domain/documentTypes'
import type { Config, LivePreviewConfig } from 'payload'
import { siteUrl } from './siteUrl'

type UrlArgs = Parameters<Extract<LivePreviewConfig['url'], (...args: never[]) => unknown>>[0]

/**
 * The site page the admin shows beside the form: the document in the locale being edited. The URL holds
 * only the document's id; its content reaches the page by postMessage from the admin window.
 */
export function livePreviewUrl({ collectionConfig, data, locale }: Pick<UrlArgs, 'collectionConfig' | 'data' | 'locale'>, env = process.env): string | null {
  const site = siteUrl(env)
  const id = data?.id
  if (!site || !isTranslatedCollection(collectionConfig?.slug) || !isLocale(locale.code) || (typeof id !== 'string' && typeof id !== 'number')) return null
  return new URL(previewPath(locale.code, collectionConfig.slug, String(id)), site).toString()
}

export const livePreview: NonNullable<Config['admin']>['livePreview'] = {
  collections: [...translatedCollections],
  url: (args) => livePreviewUrl(args),
  breakpoints: [
    { name: 'mobile', label: 'Mobile', width: 390, height: 844 },
    { name: 'tablet', label: 'Tablet', width: 820, height: 1180 },
  ],
}
