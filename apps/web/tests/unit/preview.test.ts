import { describe, expect, it } from 'vitest'
import { isPreviewPath, previewPath } from '@stadtmacher/domain/preview'
import { frameHeaders } from '../../server/utils/frameHeaders'

const cms = 'https://cms.stadtmacher.example'

describe('preview path', () => {
  it('is the locale, then preview, the collection and the id', () => {
    expect(previewPath('zh', 'terrain', 'a b')).toBe('/zh/preview/terrain/a%20b')
  })

  it('recognises preview pages in every locale, with or without a query, and nothing else', () => {
    expect(isPreviewPath('/zh/preview/terrain/1')).toBe(true)
    expect(isPreviewPath('/de/preview/terrain/1?x=1')).toBe(true)
    expect(isPreviewPath('/de/terrain/preview')).toBe(false)
    expect(isPreviewPath('/fr/preview/terrain/1')).toBe(false)
    expect(isPreviewPath('/preview/terrain/1')).toBe(false)
    expect(isPreviewPath('/')).toBe(false)
  })
})

describe('frame headers', () => {
  it('let only the CMS origin frame the preview, which is never stored nor indexed', () => {
    expect(frameHeaders('/en/preview/terrain/1', `${cms}/admin`)).toEqual({
      'Content-Security-Policy': `frame-ancestors ${cms}`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    })
  })

  it('let no one frame the public pages, and leave their caching alone', () => {
    const headers = frameHeaders('/en/terrain/the-beijing-mix', cms)
    expect(headers).toEqual({ 'Content-Security-Policy': "frame-ancestors 'none'" })
  })
})
