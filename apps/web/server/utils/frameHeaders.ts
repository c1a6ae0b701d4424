import { isPreviewPath } from '@stadtmacher/domain/preview'

/**
 * Who may frame a page: no one, except the CMS admin framing its live preview. The preview shows what
 * an editor is typing, so it is also never stored by a cache nor indexed.
 */
export function frameHeaders(path: string, cmsOrigin: string): Record<string, string> {
  if (!isPreviewPath(path)) return { 'Content-Security-Policy': "frame-ancestors 'none'" }
  return {
    'Content-Security-Policy': `frame-ancestors ${new URL(cmsOrigin).origin}`,
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
  }
}
