import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editors } from '../access/isEditor'
import { answerMissingFile } from '../hooks/answerMissingFile'
import { refuseUnfetchableUpload } from '../hooks/refuseUnfetchableUpload'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const webp = { format: 'webp', options: { quality: 82 } } as const

export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { useAsTitle: 'alt' },
  fields: [
    { name: 'alt', type: 'text', localized: true, required: true },
    { name: 'credit', type: 'text', localized: true },
  ],
  hooks: { afterError: [refuseUnfetchableUpload] },
  upload: {
    staticDir: process.env.MEDIA_DIR || path.resolve(dirname, '../../media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    handlers: [answerMissingFile],
    // The site builds srcset from these widths; heights follow the aspect ratio so width/height are known.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
      // Open Graph crawlers handle JPEG everywhere, WebP not always.
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 85 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
}
