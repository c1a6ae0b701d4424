import { describe, expect, it } from 'vitest'
import { siteMediaUrl, toImageView } from '#shared/utils/imageView'
import { mockMedia } from './mocks'

describe('responsive images', () => {
  it('builds a srcset from the Payload sizes with the largest as src, width and height', () => {
    expect(toImageView(mockMedia())).toEqual({
      src: '/media/hero-1600x900.webp',
      srcset: '/media/hero-400x225.webp 400w, /media/hero-768x432.webp 768w, /media/hero-1600x900.webp 1600w',
      width: 1600,
      height: 900,
      alt: 'Zwei Orte, verbunden',
    })
  })

  it('serves files from the site origin, also when the CMS returns absolute URLs', () => {
    expect(siteMediaUrl('http://cms.internal:3000/api/media/file/a-400x225.webp')).toBe('/media/a-400x225.webp')
    expect(siteMediaUrl('https://elsewhere.example/a.png')).toBeNull()
  })

  it('falls back to the original file when no size was generated', () => {
    expect(toImageView(mockMedia({ sizes: {} }))).toMatchObject({ src: '/media/hero.png', srcset: '', width: 1600, height: 900 })
  })

  it('gives nothing for an unpopulated upload id', () => {
    expect(toImageView('m-1')).toBeNull()
    expect(toImageView(null)).toBeNull()
  })
})
