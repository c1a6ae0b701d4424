import type { Media } from '@stadtmacher/types'
import type { ImageView } from '../types/content'

type SizeName = keyof NonNullable<Media['sizes']>

/** The CMS serves files under /api/media/file/; the site proxies them at /media/ so no other host is used. */
export function siteMediaUrl(url: string | null | undefined): string | null {
  if (!url) return null
  const match = /\/api\/media\/file\/([^?#]+)/.exec(url)
  return match ? `/media/${match[1]}` : null
}

/** A responsive image from a populated upload: srcset from the given sizes, the largest as `src`. */
export function toImageView(media: unknown, sizeNames: SizeName[] = ['thumbnail', 'card', 'hero']): ImageView | null {
  if (!media || typeof media !== 'object') return null
  const doc = media as Media
  const candidates = sizeNames
    .map((name) => doc.sizes?.[name])
    .map((size) => ({ url: siteMediaUrl(size?.url), width: size?.width ?? 0, height: size?.height ?? 0 }))
    .filter((size): size is { url: string; width: number; height: number } => !!size.url && size.width > 0 && size.height > 0)
  const original = { url: siteMediaUrl(doc.url), width: doc.width ?? 0, height: doc.height ?? 0 }
  const largest = candidates.at(-1) ?? (original.url && original.width ? (original as { url: string; width: number; height: number }) : null)
  if (!largest) return null
  return {
    src: largest.url,
    srcset: candidates.map((size) => `${size.url} ${size.width}w`).join(', '),
    width: largest.width,
    height: largest.height,
    alt: doc.alt ?? '',
  }
}
